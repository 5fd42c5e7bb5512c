using System;
using System.Globalization;

namespace Sample.Cli;

/// <summary>
/// QEMU's size syntax (<c>qemu_strtosz</c> in <c>util/cutils.c</c>) and its <c>size_to_str</c> rendering, so sizes
/// are read and printed as QEMU reads and prints them.
/// </summary>
public static class QemuSize
{
    /// <summary>The outcome of <see cref="TryParse"/>.</summary>
    public enum Status
    {
        /// <summary>The text is a valid size.</summary>
        Ok,

        /// <summary>The text is not a size.</summary>
        Invalid,

        /// <summary>The text is a size of 2^64 bytes or more.</summary>
        OutOfRange,
    }

    /// <summary>
    /// Parses <paramref name="text"/> as QEMU does: decimal with an optional fraction (<c>1.5G</c>, <c>.5K</c>),
    /// or <c>0x</c> hex without fraction or suffix; one optional suffix B, K, M, G, T, P or E in either case
    /// (binary multiples); without one, <paramref name="defaultSuffix"/> applies. A fraction needs a multiple
    /// larger than a byte; the fractional bytes are rounded half up.
    /// </summary>
    public static Status TryParse(string text, char defaultSuffix, out ulong value)
    {
        value = 0;
        var s = text.AsSpan();
        if (s.Length > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        {
            // Hex is integral bytes: QEMU refuses a fraction or a suffix after it.
            return ulong.TryParse(s.Slice(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
                ? Status.Ok
                : IsHex(s.Slice(2)) ? Status.OutOfRange : Status.Invalid;
        }

        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        var integral = s.Slice(0, i);
        var fraction = ReadOnlySpan<char>.Empty;
        if (i < s.Length && s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            fraction = s.Slice(start, i - start);
        }

        if (integral.IsEmpty && fraction.IsEmpty)
        {
            return Status.Invalid;
        }

        var mul = Multiplier(defaultSuffix);
        if (i < s.Length && Multiplier(s[i]) is var suffix and > 0)
        {
            mul = suffix;
            i++;
        }

        if (i != s.Length || mul <= 0)
        {
            return Status.Invalid;
        }

        var whole = 0UL;
        if (!integral.IsEmpty && !ulong.TryParse(integral, NumberStyles.None, CultureInfo.InvariantCulture, out whole))
        {
            return Status.OutOfRange;
        }

        // QEMU keeps the fraction as a 0.64 fixed-point number taken from a double, then multiplies exactly.
        var frac = fraction.IsEmpty ? 0.0 : double.Parse("0." + fraction.ToString(), CultureInfo.InvariantCulture);
        ulong fixedPoint = 0;
        if (frac == 1.0)
        {
            if (whole == ulong.MaxValue)
            {
                return Status.OutOfRange;
            }

            whole++;
        }
        else if (frac > 0)
        {
            fixedPoint = Math.Max(1UL, (ulong)(frac * 18446744073709551616.0));
        }

        if (mul == 1)
        {
            return fixedPoint == 0 ? Ok(whole, out value) : Status.Invalid;
        }

        var product = (UInt128)whole * (ulong)mul;
        var fractional = (UInt128)fixedPoint * (ulong)mul;
        product += (fractional >> 64) + (((ulong)fractional) >> 63);
        return product > ulong.MaxValue ? Status.OutOfRange : Ok((ulong)product, out value);
    }

    /// <summary>Renders a byte count as QEMU's <c>size_to_str</c> does: three significant digits and an IEC unit, e.g. <c>512 GiB</c>.</summary>
    public static string ToText(ulong bytes)
    {
        // frexp(val / (1000.0 / 1024.0)): the binary exponent of the scaled value, so 1000 and up moves to the next unit.
        var scaled = bytes / (1000.0 / 1024.0);
        var exponent = scaled == 0 ? 0 : Math.ILogB(scaled) + 1;
        var shift = (exponent - 1) / 10 * 10;
        var unit = shift / 10;
        return FormatG3(bytes / (double)(1UL << shift)) + " " + new[] { "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei" }[unit] + "B";
    }

    private static Status Ok(ulong result, out ulong value)
    {
        value = result;
        return Status.Ok;
    }

    private static bool IsHex(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return !digits.IsEmpty;
    }

    private static long Multiplier(char suffix) => char.ToUpperInvariant(suffix) switch
    {
        'B' => 1,
        'K' => 1L << 10,
        'M' => 1L << 20,
        'G' => 1L << 30,
        'T' => 1L << 40,
        'P' => 1L << 50,
        'E' => 1L << 60,
        _ => -1,
    };

    // C's "%0.3g": three significant digits, trailing zeros dropped, exponent form from 1000 up.
    private static string FormatG3(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var exponent = int.Parse(value.ToString("E2", CultureInfo.InvariantCulture).AsSpan(5), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 3)
        {
            var mantissa = value.ToString("E2", CultureInfo.InvariantCulture).Substring(0, 4).TrimEnd('0').TrimEnd('.');
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("F" + (2 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
