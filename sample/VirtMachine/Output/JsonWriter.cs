using System.Globalization;
using System.IO;
using System.Text;
using MemmapGen;

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
                .Append("{\"name\":").Append(Quote(region.ToString()))
                .Append(",\"base\":").Append(Hex(placement.Base))
                .Append(",\"size\":").Append(Hex(placement.Size))
                .Append(",\"enabled\":").Append(placement.Enabled ? "true" : "false")
                .Append('}');
        }

        json.Append("],\"highestGpa\":").Append(Hex(layout.HighestGpa))
            .Append(",\"requiredPaBits\":").Append(VirtMachine.RequiredPaBits(layout).ToString(CultureInfo.InvariantCulture))
            .Append(",\"deviceMemory\":").Append(Range(layout.DeviceMemory))
            .Append("}\n");
        writer.Write(json.ToString());
    }

    /// <summary>Writes <c>{"error":"message"}</c>.</summary>
    public static void WriteError(TextWriter writer, string message) =>
        writer.Write("{\"error\":" + Quote(message) + "}\n");

    /// <summary>An address as a JSON string: <c>"0x8000000"</c>.</summary>
    public static string Hex(ulong value) => "\"0x" + value.ToString("x", CultureInfo.InvariantCulture) + "\"";

    /// <summary>A JSON string literal, escaped per RFC 8259.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    private static string Range(MemRange range) =>
        range.IsEmpty ? "null" : "{\"base\":" + Hex(range.Base) + ",\"size\":" + Hex(range.Size) + "}";
}
