namespace MemmapGen;

/// <summary>Binary size units for attribute arguments: <c>[Fixed(0x0800_0000, 128 * MiB)]</c> with <c>using static MemmapGen.Units;</c>.</summary>
public static class Units
{
    /// <summary>1,024 bytes.</summary>
    public const ulong KiB = 1UL << 10;

    /// <summary>1,048,576 bytes.</summary>
    public const ulong MiB = 1UL << 20;

    /// <summary>2^30 bytes.</summary>
    public const ulong GiB = 1UL << 30;

    /// <summary>2^40 bytes.</summary>
    public const ulong TiB = 1UL << 40;
}
