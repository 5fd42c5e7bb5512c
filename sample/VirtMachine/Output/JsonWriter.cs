using System.Globalization;
using System.IO;
using System.Text;
using MemmapGen;
using Sample.Output;

namespace Sample.Virt.Output;

/// <summary>
/// The <c>--json</c> output: one object per run. Regions are listed in declaration order (fixed regions, RAM with
/// its real size, then the floating regions as planned); numbers that are addresses are <c>0x</c> lower-case hex strings.
/// </summary>
public static class JsonWriter
{
    /// <summary>Writes a planned map: <c>{"regions":[...],"highestGpa":...,"requiredPaBits":...,"deviceMemory":...}</c>.</summary>
    public static void Write(TextWriter writer, in VirtMemmap.Layout layout)
    {
        var json = new StringBuilder("{\"regions\":[");
        for (var ordinal = 0; ordinal < VirtMemmap.RegionCount; ordinal++)
        {
            var region = VirtMemmap.FromOrdinal(ordinal);
            var placement = layout.Get(region);
            json.Append(ordinal == 0 ? "" : ",")
                .Append("{\"name\":").Append(JsonText.Quote(region.ToString()))
                .Append(",\"base\":").Append(JsonText.Hex(placement.Base))
                .Append(",\"size\":").Append(JsonText.Hex(placement.Size))
                .Append(",\"enabled\":").Append(placement.Enabled ? "true" : "false")
                .Append('}');
        }

        json.Append("],\"highestGpa\":").Append(JsonText.Hex(layout.HighestGpa))
            .Append(",\"requiredPaBits\":").Append(VirtMachine.RequiredPaBits(layout).ToString(CultureInfo.InvariantCulture))
            .Append(",\"deviceMemory\":").Append(Range(layout.DeviceMemory))
            .Append("}\n");
        writer.Write(json.ToString());
    }

    private static string Range(MemRange range) =>
        range.IsEmpty ? "null" : "{\"base\":" + JsonText.Hex(range.Base) + ",\"size\":" + JsonText.Hex(range.Size) + "}";
}
