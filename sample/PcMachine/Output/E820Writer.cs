using System.Globalization;
using System.IO;
using System.Text;

namespace Sample.Pc.Output;

/// <summary>
/// <c>--e820</c>: the memory map the firmware is given, in the order QEMU adds the entries, one a line in the form
/// a Linux guest prints at boot (<c>[mem 0x0000000000000000-0x000000007fffffff] usable</c>): inclusive ends, 16 hex
/// digits, so it can be compared with a guest's <c>dmesg</c> and read by scripts.
/// </summary>
public static class E820Writer
{
    /// <summary>Writes the e820 entries of a planned map.</summary>
    public static void Write(TextWriter writer, PcMap map)
    {
        var text = new StringBuilder();
        foreach (var entry in map.E820)
        {
            var type = entry.Kind == E820Kind.Ram ? "usable" : "reserved";
            text.Append("[mem 0x").Append(Hex16(entry.Range.Base)).Append("-0x").Append(Hex16(entry.Range.Last))
                .Append("] ").Append(type).Append('\n');
        }

        writer.Write(text.ToString());
    }

    private static string Hex16(ulong value) => value.ToString("x16", CultureInfo.InvariantCulture);
}
