using System;
using System.Globalization;
using Sample.Cli;

namespace Sample.Pc.Cli;

/// <summary>
/// QEMU's <c>-m [size=]SIZE[,maxmem=SIZE][,slots=N]</c>, with the checks QEMU's generic machine code makes before
/// any memory map is computed (<c>parse_memory_options()</c>), and its messages.
/// </summary>
public static class MemoryOption
{
    // QEMU rounds RAM up to 8 KiB.
    private const ulong RamAlignment = 8 * 1024;

    /// <summary>Applies the merged <c>-m</c> items to <paramref name="config"/>.</summary>
    public static MachineConfig Apply(OptionList memory, MachineConfig config)
    {
        foreach (var key in memory.Keys)
        {
            if (key is not ("size" or "maxmem" or "slots"))
            {
                throw new UsageException($"-m: Invalid parameter '{key}'");
            }
        }

        var size = RamSize(memory["size"]);
        if (size > ulong.MaxValue - (RamAlignment - 1))
        {
            throw new UsageException("ram size too large");
        }

        size = (size + RamAlignment - 1) & ~(RamAlignment - 1);
        var maxText = memory["maxmem"];
        var slotsText = memory["slots"];
        var slots = slotsText is null ? 0 : OptionValues.Integer(slotsText)
            ?? throw new UsageException($"-m: Parameter 'slots' expects a number, not '{slotsText}'");
        var maxSize = size;
        if (maxText is not null)
        {
            maxSize = OptionValues.MemorySize("maxmem", maxText, "-m: ");
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
    /// (the legacy suffix-less form, so <c>-m 1.5</c> is refused but <c>-m 512</c> is 512 MiB); 0 or none is the
    /// machine's default, 128 MiB.
    /// </summary>
    public static ulong RamSize(string? text)
    {
        if (text is null)
        {
            return MachineConfig.DefaultRamSize;
        }

        var context = "-m " + text + ": ";
        var bytes = OptionValues.MemorySize("size", text, context);
        if (bytes == 0)
        {
            return MachineConfig.DefaultRamSize;
        }

        return char.IsAsciiDigit(text[text.Length - 1]) ? OptionValues.MemorySize("size", text + "M", context) : bytes;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
