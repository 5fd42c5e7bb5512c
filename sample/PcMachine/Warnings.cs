using System.Collections.Generic;
using System.Globalization;
using MemmapGen;

namespace Sample.Pc;

/// <summary>
/// The warnings QEMU prints while it splits RAM, computed from the same inputs and in the same order:
/// the <c>max-ram-below-4g</c> setter's, then the i440FX or Q35 split's. QEMU prints them before any error
/// that stops it later, so they belong to a failed plan too.
/// </summary>
public static class Warnings
{
    private const ulong FourGiB = 4 * Units.GiB;
    private const ulong I440fxDefaultLimit = 0xE000_0000;
    private const ulong I440fxAlignedLimit = 0xC000_0000;
    private const ulong Q35LargeRamFrom = 0xB000_0000;
    private const ulong Q35LargeRamLimit = 0x8000_0000;

    /// <summary>QEMU's <c>warn_report()</c> texts for <paramref name="config"/>, in order.</summary>
    public static IReadOnlyList<string> For(MachineConfig config)
    {
        var warnings = new List<string>();
        var limit = 0UL;
        if (config.MaxRamBelow4G is { } value)
        {
            if (value > FourGiB)
            {
                // The setter refuses it, and QEMU stops before splitting RAM.
                return warnings;
            }

            if (value < Units.MiB)
            {
                // QEMU's text has no space after the comma.
                warnings.Add(Invariant($"Only {value} bytes of RAM below the 4GiB boundary,BIOS may not work with less than 1MiB"));
            }

            limit = value;
        }

        if (config.Machine.Chipset == Chipset.I440fx)
        {
            I440fxSplit(config, limit == 0 ? I440fxDefaultLimit : limit, warnings);
        }
        else
        {
            Q35Split(config, limit == 0 ? FourGiB : limit, warnings);
        }

        return warnings;
    }

    // pc_init1(): only a RAM size that splits gets gigabyte alignment, and a limit it leaves unaligned warns.
    private static void I440fxSplit(MachineConfig config, ulong limit, List<string> warnings)
    {
        if (config.RamSize >= limit && config.GigabyteAlign)
        {
            var lowmem = limit > I440fxAlignedLimit ? I440fxAlignedLimit : limit;
            if ((lowmem & (Units.GiB - 1)) != 0)
            {
                warnings.Add(Invariant($"Large machine and max_ram_below_4g ({limit}) not a multiple of 1G; possible bad performance."));
            }
        }
    }

    // pc_q35_init(): a limit below the split point warns when more than twice it is left above and it is unaligned.
    private static void Q35Split(MachineConfig config, ulong limit, List<string> warnings)
    {
        var lowmem = config.RamSize >= Q35LargeRamFrom ? Q35LargeRamLimit : Q35LargeRamFrom;
        if (lowmem > limit)
        {
            lowmem = limit;

            // QEMU subtracts in uint64_t, so RAM smaller than the limit wraps and warns too.
            if (unchecked(config.RamSize - lowmem) > lowmem && (lowmem & (Units.GiB - 1)) != 0)
            {
                // QEMU's text has the double space and "more then".
                warnings.Add(Invariant(
                    $"There is possibly poor performance as the ram size  (0x{config.RamSize:x}) is more then twice the size of max-ram-below-4g ({limit}) and max-ram-below-4g is not a multiple of 1G."));
            }
        }
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
