namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// The planner's sums, stopped at 2^64 - 1 instead of wrapping: a stopped value is still an upper bound of every real
/// one, which is what the prover's pruning needs, and the flag says the plan failed (MemoryOverflow).
/// </summary>
internal static class Saturating
{
    public static ulong Add(ulong a, ulong b, ref bool past)
    {
        if (b > ulong.MaxValue - a)
        {
            past = true;
            return ulong.MaxValue;
        }

        return a + b;
    }

    /// <summary>Rounds up to a power-of-two alignment (0 or 1: none), as the generated planner does with a mask.</summary>
    public static ulong AlignUp(ulong value, ulong alignment, ref bool past)
    {
        if (alignment <= 1)
        {
            return value;
        }

        var mask = alignment - 1;
        if (value > ulong.MaxValue - mask)
        {
            past = true;
            return ulong.MaxValue;
        }

        return (value + mask) & ~mask;
    }

    /// <summary>The number of bits needed to address <paramref name="value"/> (0 for 0).</summary>
    public static int BitLength(ulong value)
    {
        var bits = 0;
        while (value != 0)
        {
            bits++;
            value >>= 1;
        }

        return bits;
    }
}
