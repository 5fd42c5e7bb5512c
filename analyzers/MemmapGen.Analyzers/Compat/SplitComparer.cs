using System;
using System.Linq;
using MemmapGen.Generator.Baseline;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.Analyzers.Compat;

/// <summary>
/// Words and attribute arguments for the facts of a banked map, so that a changed baseline field is shown under the
/// name it is declared with and the diagnostic points at that argument.
/// </summary>
internal static class SplitComparer
{
    public static string KindName(BaselineKind kind) => kind switch
    {
        BaselineKind.Bank => "RAM bank",
        BaselineKind.Reserved => "Reserved window",
        BaselineKind.Gap => "Gap",
        _ => "Window",
    };

    /// <summary>The first changed field, named by its attribute argument.</summary>
    public static (string Argument, string Was, string Now)? Difference(BaselineEntry shipped, BaselineEntry current)
    {
        // A reserved window's Since and a window's AdvertisedSince are compared through the versions they change.
        var ignored = shipped.Kind switch
        {
            BaselineKind.Reserved => "since",
            BaselineKind.Window => "advertised",
            _ => null,
        };
        foreach (var field in SplitFacts.Schema[shipped.Kind].Fields.Select(SplitFacts.Key).Where(f => f != ignored))
        {
            var was = SplitFacts.Value(shipped, field) ?? SplitFacts.None;
            var now = SplitFacts.Value(current, field) ?? SplitFacts.None;
            if (was != now)
            {
                return (Argument(field), was, now);
            }
        }

        return null;
    }

    /// <summary>
    /// The region whose Since or AdvertisedSince changed a version's list; null when the lists name the same regions
    /// (a baseline written by hand in another order).
    /// </summary>
    public static string? Cause(string was, string now)
    {
        var before = was.Split(',');
        var after = now.Split(',');
        return before.Except(after).Concat(after.Except(before)).FirstOrDefault(n => n != SplitFacts.None);
    }

    public static string FlagName(string key) => key switch
    {
        "reserved" => "reserved windows avoided:",
        "windows" => "windows advertised:",
        _ => "the 32-bit guest check",
    };

    public static string FlagValue(string value) => value == SplitFacts.None ? "none" : value;

    private static string Argument(string field) => field switch
    {
        "base" => KnownNames.BaseArgument,
        "size" => KnownNames.SizeArgument,
        "limit" => KnownNames.Limit,
        "maxlimit" => KnownNames.MaxLimit,
        "largefrom" => KnownNames.LargeRamFrom,
        "largelimit" => KnownNames.LargeRamLimit,
        "relocate" => KnownNames.RelocatePast,
        "devalign" => KnownNames.DeviceMemoryAlignment,
        "slot" => KnownNames.SlotSize,
        "slots" => KnownNames.MaxSlots,
        "maxalign" => KnownNames.MaxRamAlignment,
        "align" => KnownNames.Alignment,
        "guest64" => KnownNames.Requires64BitGuest,
        "after" => KnownNames.After,
        "before" => KnownNames.Before,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
