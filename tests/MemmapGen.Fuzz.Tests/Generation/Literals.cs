using System;
using System.Globalization;
using System.Numerics;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>Writes a constant the many ways people do: hex with or without separators, decimal, units, shifts.</summary>
internal static class Literals
{
    public static string Of(ulong value, Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                return value.ToString(CultureInfo.InvariantCulture);
            case 1:
                return "0x" + value.ToString("X", CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "UL" : string.Empty);
            case 2 when value != 0 && BitOperations.IsPow2(value):
                return "1UL << " + BitOperations.Log2(value).ToString(CultureInfo.InvariantCulture);
            case 3 when value != 0 && value % (1UL << 30) == 0 && value >> 30 < 100_000:
                return (value >> 30).ToString(CultureInfo.InvariantCulture) + " * GiB";
            case 4 when value != 0 && value % (1UL << 20) == 0 && value >> 20 < 100_000:
                return (value >> 20).ToString(CultureInfo.InvariantCulture) + " * MiB";
            case 5 when value != 0 && value % (1UL << 10) == 0 && value >> 10 < 100_000:
                return (value >> 10).ToString(CultureInfo.InvariantCulture) + " * KiB";
            default:
                return Hex(value);
        }
    }

    /// <summary>0x0800_0000: groups of four hex digits.</summary>
    public static string Hex(ulong value)
    {
        var digits = value.ToString("X", CultureInfo.InvariantCulture);
        digits = digits.PadLeft((digits.Length + 3) / 4 * 4, '0');
        var grouped = new System.Text.StringBuilder("0x");
        for (var i = 0; i < digits.Length; i += 4)
        {
            grouped.Append(i == 0 ? string.Empty : "_").Append(digits, i, 4);
        }

        return grouped.ToString();
    }

    public static ulong Pow2(int exponent) => 1UL << exponent;
}
