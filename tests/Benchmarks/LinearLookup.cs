using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Sample.Virt;

namespace Benchmarks;

/// <summary>
/// The straightforward lookup a VMM would write: scan the fixed regions for one that holds the address. Smallest
/// regions first, so the first hit is the innermost (GicDist and GicCpu before their container CpuPeriphs), and the
/// scan stops there. RAM and floating regions are not fixed and are not searched, as in the generated TryFind.
/// </summary>
public static class LinearLookup
{
    private static readonly Entry[] s_entries = Enum.GetValues<VirtRegion>()
        .Where(region => region != VirtRegion.Mem)
        .Select(region => new Entry(VirtMemmap.Get(region).Base, VirtMemmap.Get(region).Size, region))
        .Where(entry => entry.Size != 0)
        .OrderBy(entry => entry.Size)
        .ToArray();

    /// <summary>The fixed regions as (base, size), for building test addresses.</summary>
    public static (ulong Base, ulong Size)[] Regions => s_entries.Select(entry => (entry.Base, entry.Size)).ToArray();

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryFind(ulong address, out VirtRegion region)
    {
        Entry[] entries = s_entries;
        for (int i = 0; i < entries.Length; i++)
        {
            if (address >= entries[i].Base && address - entries[i].Base < entries[i].Size)
            {
                region = entries[i].Region;
                return true;
            }
        }
        region = default;
        return false;
    }

    private readonly record struct Entry(ulong Base, ulong Size, VirtRegion Region);
}
