using System.Collections.Generic;
using System.Text;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Baseline;

/// <summary>The baseline facts of a map as declared now: what ShipMemoryLayout records and what the compat checks compare.</summary>
internal static class BaselineWriter
{
    public static string MapName(MapSpec map) => map.EnumType.StartsWith("global::", System.StringComparison.Ordinal)
        ? map.EnumType.Substring("global::".Length)
        : map.EnumType;

    public static List<BaselineEntry> Entries(MapSpec map)
    {
        var name = MapName(map);
        var entries = new List<BaselineEntry>();
        var floating = new List<RegionSpec>();
        foreach (var region in map.Regions)
        {
            switch (region.Kind)
            {
                case RegionKind.Fixed:
                    entries.Add(new BaselineEntry(name, BaselineKind.Fixed, -1, region.Name, region.Base, region.Size));
                    break;
                case RegionKind.Ram when map.Ram is { } ram && ram.Ordinal == region.Ordinal:
                    entries.Add(new BaselineEntry(name, BaselineKind.Ram, -1, region.Name, ram.Base, ram.LegacyLimit, ram.DeviceMemoryAlignment, ram.SlotSize));
                    break;
                case RegionKind.Floating:
                    entries.Add(new BaselineEntry(
                        name, BaselineKind.Floating, floating.Count, region.Name,
                        Size: region.Size,
                        Alignment: region.Alignment != 0 ? region.Alignment : region.Size,
                        Extra: region.Resizable ? 1UL : 0UL));
                    floating.Add(region);
                    break;
            }
        }

        foreach (var version in map.Versions)
        {
            entries.Add(new BaselineEntry(
                name, BaselineKind.Version, version.Ordinal, version.Name,
                IsLegacy: version.IsLegacy,
                Regions: Sequence(floating, version.Ordinal)));
        }

        SplitFacts.AddEntries(map, name, entries);
        return entries;
    }

    /// <summary>The floating regions a version sees, in order, with <c>:off</c> for those it does not request by default.</summary>
    public static string Sequence(List<RegionSpec> floating, int version)
    {
        var text = new StringBuilder();
        foreach (var region in floating)
        {
            if (region.Since > version)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(region.Name);
            if (region.EnabledSince > version)
            {
                text.Append(":off");
            }
        }

        return text.ToString();
    }
}
