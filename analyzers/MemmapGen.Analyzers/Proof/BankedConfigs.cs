using System.Collections.Generic;
using System.Linq;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// Every plan class of a banked map: 64-bit or checked 32-bit guest, with or without hot-plug memory, declared or
/// chosen window sizes, and each subset of active reserved windows, switched-off caps, largest limits and assumed
/// relocations. Simplest classes first. Machine versions are not a dimension: what a version decides (enforcing a
/// reserved window, checking 32-bit guests, advertising a window) a plan can also set, so every class is reachable
/// from the newest version.
/// </summary>
internal static class BankedConfigs
{
    /// <summary>More classes than this and the map is not proved (it would take too long to be useful live).</summary>
    public const int MaxClasses = 4096;

    public static List<BankedConfig>? All(BankedFacts facts)
    {
        var banks = facts.Banks;
        if (banks.Length > 30)
        {
            return null; // the masks are 32-bit
        }

        var capOptional = Mask(banks.Length - 1, i => banks[i].LargeRamLimit != 0 && banks[i].LargeRamLimitOptional);
        var raisable = Mask(banks.Length - 1, i => banks[i].LargestLimit is { } largest && largest > banks[i].Limit);
        var reserved = facts.Reserved.Length;
        if (reserved > 12 || Bits(capOptional) + Bits(raisable) + reserved > 12)
        {
            return null;
        }

        var configs = new List<BankedConfig>();
        foreach (var guest64 in new[] { true, false })
        {
            foreach (var hotplug in new[] { false, true })
            {
                foreach (var windowsFree in facts.Windows.Length > 0 ? new[] { false, true } : new[] { false })
                {
                    for (var active = 0; active < 1 << reserved; active++)
                    {
                        var relocatable = Mask(banks.Length, i => banks[i].RelocatePast >= 0 && BankedConfig.Has(active, banks[i].RelocatePast));
                        foreach (var capOff in Subsets(capOptional))
                        {
                            foreach (var limitMax in Subsets(raisable))
                            {
                                foreach (var relocated in Subsets(relocatable))
                                {
                                    configs.Add(new BankedConfig(guest64, hotplug, windowsFree, active, capOff, limitMax, relocated));
                                    if (configs.Count > MaxClasses)
                                    {
                                        return null;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        return configs.OrderBy(static c => c.Overrides).ToList();
    }

    /// <summary>The highest used address a class allows: the width, and below each window an unmoved bank would move past.</summary>
    public static ulong? HighestAllowed(BankedFacts facts, in BankedConfig config)
    {
        var allowed = facts.MaxAddress;
        for (var i = 0; i < facts.Banks.Length; i++)
        {
            var window = facts.Banks[i].RelocatePast;
            if (window < 0 || !BankedConfig.Has(config.Active, window) || BankedConfig.Has(config.Relocated, i))
            {
                continue;
            }

            var windowBase = facts.Reserved[window].Base;
            if (windowBase == 0)
            {
                return null; // every plan reaches it: the bank always moves
            }

            allowed = windowBase - 1 < allowed ? windowBase - 1 : allowed;
        }

        return allowed;
    }

    private static int Mask(int count, System.Func<int, bool> include)
    {
        var mask = 0;
        for (var i = 0; i < count && i < 30; i++)
        {
            if (include(i))
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }

    /// <summary>Every subset of a mask, the empty one first.</summary>
    private static IEnumerable<int> Subsets(int mask)
    {
        var subset = 0;
        do
        {
            yield return subset;
            subset = (subset - mask) & mask;
        }
        while (subset != 0);
    }

    private static int Bits(int mask)
    {
        var count = 0;
        for (; mask != 0; mask &= mask - 1)
        {
            count++;
        }

        return count;
    }
}
