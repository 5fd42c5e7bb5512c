using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using MemmapGen;
using Sample.Output;

namespace Sample.Pc.Output;

/// <summary>
/// The <c>--json</c> output: one object per run, its members in a fixed order. Addresses and sizes are lower-case
/// <c>0x</c> hex strings; ranges a plan does not have are null. The 64-bit hole is what the host bridge reports,
/// 0 to 0 when it is not advertised; the e820 entries are in QEMU's order.
/// </summary>
public static class JsonWriter
{
    /// <summary>Writes a planned map and the warnings QEMU printed on the way.</summary>
    public static void Write(TextWriter writer, PcMap map, IReadOnlyList<string> warnings)
    {
        var json = new StringBuilder("{\"belowRam\":").Append(Range(map.BelowRam))
            .Append(",\"aboveRam\":").Append(Range(map.AboveRam))
            .Append(",\"deviceMemory\":").Append(Range(map.DeviceMemory))
            .Append(",\"pciHole\":").Append(Bounds(map.PciHoleStart, map.PciHoleEnd))
            .Append(",\"pciHole64\":").Append(Bounds(map.PciHole64Start, map.PciHole64End))
            .Append(",\"maxUsedGpa\":").Append(JsonText.Hex(map.MaxUsedGpa))
            .Append(",\"e820\":[");
        for (var i = 0; i < map.E820.Count; i++)
        {
            var entry = map.E820[i];
            json.Append(i == 0 ? "" : ",")
                .Append("{\"base\":").Append(JsonText.Hex(entry.Range.Base))
                .Append(",\"size\":").Append(JsonText.Hex(entry.Range.Size))
                .Append(",\"type\":").Append(entry.Kind == E820Kind.Ram ? "\"RAM\"" : "\"RESERVED\"")
                .Append('}');
        }

        json.Append("],\"reservedMemoryEnd\":").Append(map.ReservedMemoryEnd is { } end ? JsonText.Hex(end) : "null")
            .Append(",\"warnings\":[");
        for (var i = 0; i < warnings.Count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(JsonText.Quote(warnings[i]));
        }

        writer.Write(json.Append("]}\n").ToString());
    }

    private static string Range(MemRange? range) =>
        range is { } r ? "{\"base\":" + JsonText.Hex(r.Base) + ",\"size\":" + JsonText.Hex(r.Size) + "}" : "null";

    private static string Bounds(ulong start, ulong end) => "{\"start\":" + JsonText.Hex(start) + ",\"end\":" + JsonText.Hex(end) + "}";
}
