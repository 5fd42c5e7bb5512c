using System.Globalization;

namespace MemmapGen;

/// <summary>
/// Renders addresses and sizes the way MemmapGen shows them everywhere: hex grouped by four digits
/// (<c>0x0800_0000</c>) and binary units (<c>128 MiB</c>). The generator compiles the same file, so XML docs,
/// diagnostics and <c>Format()</c> output agree.
/// </summary>
#if MEMMAPGEN_COMPILER
internal
#else
public
#endif
static class AddressText
{
    private static readonly string[] s_units = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };

    /// <summary>Formats <paramref name="value"/> as upper-case <c>0x</c> hex, at least 8 digits, grouped by 4 with underscores.</summary>
    public static string Hex(ulong value)
    {
        var digits = value.ToString("X8", CultureInfo.InvariantCulture);
        var chars = new char[2 + digits.Length + ((digits.Length - 1) / 4)];
        var o = chars.Length - 1;
        for (int i = digits.Length - 1, n = 0; i >= 0; i--, n++)
        {
            if (n > 0 && n % 4 == 0)
            {
                chars[o--] = '_';
            }

            chars[o--] = digits[i];
        }

        chars[0] = '0';
        chars[1] = 'x';
        return new string(chars);
    }

    /// <summary>Formats a byte count in the largest binary unit it reaches: <c>24 B</c>, <c>64 KiB</c>, <c>751.94 MiB</c>.</summary>
    public static string Size(ulong bytes)
    {
        var unit = 0;
        while (unit < s_units.Length - 1 && bytes >> (10 * (unit + 1)) != 0)
        {
            unit++;
        }

        var scale = 1UL << (10 * unit);
        if (bytes % scale == 0)
        {
            return (bytes / scale).ToString(CultureInfo.InvariantCulture) + " " + s_units[unit];
        }

        return ((double)bytes / scale).ToString("0.##", CultureInfo.InvariantCulture) + " " + s_units[unit];
    }

    /// <summary>Formats an inclusive range as <c>[0x0800_0000, 0x0801_FFFF]</c>.</summary>
    public static string Range(ulong @base, ulong last) => "[" + Hex(@base) + ", " + Hex(last) + "]";
}
