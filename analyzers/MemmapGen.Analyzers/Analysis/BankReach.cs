using System.Collections.Generic;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>Where one bank can hold RAM in some successful plan: at its base and, when it relocates, past its window.</summary>
internal sealed record BankExtent(BankSpec Bank, AddressRange AtBase, AddressRange? Relocated);

/// <summary>
/// The addresses each bank can cover in a plan that succeeds, from the declaration alone (docs/diagnostics/MMG0038.md
/// says precisely which plans count). A bank holds at most its largest limit (<c>MaxLimit</c>, else the declared
/// <c>Limit</c>), capped by <c>LargeRamLimit</c> only when plans cannot switch the cap off
/// (<c>LargeRamLimitOptional = false</c>); the last bank holds any amount. A <c>[Gap]</c> after a
/// bank bounds it further: a plan whose bank reaches the gap's region fails (GapClosed), so RAM never gets there.
/// </summary>
internal static class BankReach
{
    public static List<BankExtent> Find(MapAnalysis map)
    {
        var extents = new List<BankExtent>();
        var banks = map.Map.Banks;
        var top = AddressMath.LastAddress(map.Map.AddressBits);
        for (var i = 0; i < banks.Count; i++)
        {
            var bank = banks[i];
            if (!map.IsReadable(bank.Ordinal, KnownNames.BaseArgument) || bank.Base > top
                || MaxSize(map, bank, isLast: i == banks.Count - 1) is not { } size || size == 0)
            {
                continue;
            }

            var atBase = Place(bank.Base, size, top);
            AddressRange? relocated = null;
            if (bank.RelocatePast >= 0 && ReservedRange(map, bank.RelocatePast) is { } window
                && window.Last < top && window.Last + 1 > bank.Base)
            {
                relocated = Place(window.Last + 1, size, top);
            }

            extents.Add(new BankExtent(bank, atBase, relocated));
        }

        return extents;
    }

    /// <summary>The range of a reserved window with a readable, non-zero base and size.</summary>
    public static AddressRange? ReservedRange(MapAnalysis map, int ordinal)
    {
        var region = map.Region(ordinal);
        return region.Kind == RegionKind.Reserved && region.Size != 0
            && map.IsReadable(ordinal, KnownNames.BaseArgument) && map.IsReadable(ordinal, KnownNames.SizeArgument)
            ? AddressRange.FromSize(region.Base, region.Size, out _)
            : null;
    }

    /// <summary>The most RAM the bank can hold in a plan that succeeds; null when unknown (an unreadable argument).</summary>
    private static ulong? MaxSize(MapAnalysis map, BankSpec bank, bool isLast)
    {
        var size = ulong.MaxValue;
        if (!isLast)
        {
            if (!map.IsReadable(bank.Ordinal, KnownNames.Limit) || !map.IsReadable(bank.Ordinal, KnownNames.MaxLimit))
            {
                return null;
            }

            size = bank.MaxLimit != 0 ? bank.MaxLimit : bank.Limit;

            // A cap a plan may switch off (PlanOptions.<Bank>LargeRamLimit = false) bounds nothing: that plan succeeds
            // with the uncapped limit. An unreadable LargeRamLimitOptional reads as the default, optional.
            if (!bank.LargeRamLimitOptional && bank.LargeRamLimit != 0 && bank.LargeRamLimit < size
                && map.IsReadable(bank.Ordinal, KnownNames.LargeRamLimit))
            {
                // Below LargeRamFrom (default: the limit itself) RAM is smaller than that; from it on the cap applies.
                var below = bank.LargeRamFrom != 0 && map.IsReadable(bank.Ordinal, KnownNames.LargeRamFrom)
                    ? Min(size, bank.LargeRamFrom - 1)
                    : size - 1;
                size = below > bank.LargeRamLimit ? below : bank.LargeRamLimit;
            }
        }

        foreach (var gap in map.Map.Gaps)
        {
            if (gap.After == bank.Ordinal && gap.Before >= 0 && map.Range(gap.Before) is { } region && region.Base > bank.Base)
            {
                // The plan fails once the bank's size reaches the room below the region.
                size = Min(size, region.Base - bank.Base - 1);
            }
        }

        return size;
    }

    private static AddressRange Place(ulong @base, ulong size, ulong top)
    {
        var range = AddressRange.FromSize(@base, size, out _);
        return range.Last > top ? new AddressRange(@base, top) : range;
    }

    private static ulong Min(ulong a, ulong b) => a < b ? a : b;
}
