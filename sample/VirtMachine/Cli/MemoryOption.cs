using System;
using System.Globalization;
using MemmapGen;
using Sample.Cli;

namespace Sample.Virt.Cli;

/// <summary>
/// QEMU's <c>-m [size=]SIZE[,maxmem=SIZE][,slots=N]</c>, with the checks QEMU's generic machine code makes
/// before any memory map is computed (<c>machine_set_mem</c>), and its messages.
/// </summary>
public static class MemoryOption
{
    /// <summary>RAM size without <c>-m</c> (or with <c>-m 0</c>).</summary>
    public const ulong DefaultRamSize = Units.GiB;

    // QEMU rounds RAM up to 8 KiB.
    private const ulong RamAlignment = 8 * Units.KiB;

    /// <summary>Applies the merged <c>-m</c> items to <paramref name="config"/>.</summary>
    public static MachineConfig Apply(OptionList memory, MachineConfig config)
    {
        foreach (var key in memory.Keys)
        {
            if (key is not ("size" or "maxmem" or "slots"))
            {
                throw new UsageException($"-m: invalid parameter '{key}' (expected size, maxmem or slots)");
            }
        }

        var size = RamSize(memory["size"]);
        if (size > ulong.MaxValue - (RamAlignment - 1))
        {
            throw new UsageException("-m: ram size too large");
        }

        size = (size + RamAlignment - 1) & ~(RamAlignment - 1);
        var maxText = memory["maxmem"];
        var slotsText = memory["slots"];
        var slots = slotsText is null ? 0 : Slots(slotsText);
        var maxSize = size;
        if (maxText is not null)
        {
            maxSize = Size("maxmem", maxText, 'B');
            if (maxSize < size)
            {
                throw new UsageException(Invariant($"invalid value of maxmem: maximum memory size (0x{maxSize:x}) must be at least the initial memory size (0x{size:x})"));
            }

            if (slots != 0 && maxSize == size)
            {
                throw new UsageException(Invariant($"invalid value of maxmem: memory slots were specified but maximum memory size (0x{maxSize:x}) is equal to the initial memory size (0x{size:x})"));
            }
        }
        else if (slotsText is not null)
        {
            throw new UsageException("slots specified but no max-size");
        }

        return config with { RamSize = size, MaxRamSize = maxSize, Slots = slots };
    }

    /// <summary>
    /// Reads the RAM size as QEMU does: a size in bytes, except that a value ending in a digit is taken in MiB
    /// (the legacy suffix-less form, so <c>-m 1.5</c> is refused but <c>-m 512</c> is 512 MiB); 0 or none is the default.
    /// </summary>
    public static ulong RamSize(string? text)
    {
        if (text is null)
        {
            return DefaultRamSize;
        }

        var bytes = Size("size", text, 'B');
        if (bytes == 0)
        {
            return DefaultRamSize;
        }

        return char.IsAsciiDigit(text[text.Length - 1]) ? Size("size", text + "M", 'B') : bytes;
    }

    /// <summary>Reads a size parameter; <paramref name="defaultSuffix"/> applies when none is given.</summary>
    public static ulong Size(string parameter, string text, char defaultSuffix) =>
        QemuSize.TryParse(text, defaultSuffix, out var value) switch
        {
            QemuSize.Status.Ok => value,
            QemuSize.Status.OutOfRange => throw new UsageException($"value '{text}' is out of range for parameter '{parameter}'"),
            _ => throw new UsageException(
                $"parameter '{parameter}' expects a size, not '{text}': a non-negative number below 2^64 with an optional " +
                "suffix B, K, M, G, T, P or E (bytes, KiB ... EiB, any case); fractions such as 1.5G are allowed"),
        };

    private static ulong Slots(string text)
    {
        var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var slots)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out slots);
        return ok ? slots : throw new UsageException($"parameter 'slots' expects a non-negative integer, not '{text}'");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
