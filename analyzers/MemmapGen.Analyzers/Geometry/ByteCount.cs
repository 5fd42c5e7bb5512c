using System.Globalization;
using System.Text;

namespace MemmapGen.Analyzers.Geometry;

/// <summary>
/// A count of bytes from 1 up to 2^64 inclusive, held as count - 1 so that two full 64-bit ranges can still say
/// by how much they overlap. Rendered as compact grouped hex: <c>0x3_0000</c>.
/// </summary>
internal readonly record struct ByteCount(ulong MinusOne)
{
    public static ByteCount Of(AddressRange range) => new(range.Last - range.Base);

    /// <summary>A count of at least one byte.</summary>
    public static ByteCount FromCount(ulong count) => new(count - 1);

    public override string ToString()
    {
        if (MinusOne == ulong.MaxValue)
        {
            return "0x1_0000_0000_0000_0000";
        }

        var digits = (MinusOne + 1).ToString("X", CultureInfo.InvariantCulture);
        var text = new StringBuilder("0x", digits.Length + 2 + (digits.Length / 4));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 4 == 0)
            {
                text.Append('_');
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }
}
