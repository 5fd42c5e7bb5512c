using System;
using System.Text;

namespace MemmapGen.DeviceTree;

/// <summary>Device-tree source text for cells: <c>&lt;0x0 0x8000000 0x0 0x10000&gt;</c>, as <c>dtc</c> reads it.</summary>
public static class DtsText
{
    /// <summary>Appends <paramref name="cells"/> in angle brackets, each as lower-case hex with <c>0x</c>, without allocating.</summary>
    public static StringBuilder Append(StringBuilder text, ReadOnlySpan<uint> cells)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        text.Append('<');
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            AppendHex(text, cells[i]);
        }

        return text.Append('>');
    }

    /// <summary><paramref name="cells"/> as text, e.g. <c>&lt;0x0 0x8000000 0x0 0x10000&gt;</c>.</summary>
    public static string Format(ReadOnlySpan<uint> cells) => Append(new StringBuilder(2 + 11 * cells.Length), cells).ToString();

    /// <summary>Appends one cell as <c>0x</c> and lower-case hex digits without leading zeros.</summary>
    public static StringBuilder AppendHex(StringBuilder text, uint cell)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        text.Append('0').Append('x');
        var shift = 28;
        while (shift > 0 && (cell >> shift) == 0)
        {
            shift -= 4;
        }

        for (; shift >= 0; shift -= 4)
        {
            text.Append("0123456789abcdef"[(int)((cell >> shift) & 0xF)]);
        }

        return text;
    }
}
