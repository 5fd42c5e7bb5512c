using System.Collections.Generic;
using System.Text;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Baseline;

/// <summary>
/// The baseline facts of a banked map (docs/split-ram.md): its banks, reserved windows, gaps and windows, the 32-bit
/// guest check, and per machine version the flags those resolve to. Each is a line of <c>key=value</c> fields, kept
/// as canonical text so that two lines compare field by field.
/// </summary>
internal static class SplitFacts
{
    /// <summary>Written for a version or region reference that is absent, and for an empty list.</summary>
    public const string None = "-";

    /// <summary>The line keyword of each kind, and its fields in the order they are written; <c>#</c> marks a number written in hex, <c>%</c> a count written in decimal.</summary>
    public static readonly IReadOnlyDictionary<BaselineKind, (string Keyword, string[] Fields)> Schema = new Dictionary<BaselineKind, (string, string[])>
    {
        [BaselineKind.Bank] = ("bank", new[] { "#base", "#limit", "#maxlimit", "#largefrom", "#largelimit", "relocate", "#devalign", "#slot", "%slots", "#maxalign" }),
        [BaselineKind.Reserved] = ("reserved", new[] { "#base", "#size", "since" }),
        [BaselineKind.Gap] = ("gap", new[] { "after", "before" }),
        [BaselineKind.Window] = ("window", new[] { "#size", "#align", "advertised", "guest64" }),
        [BaselineKind.Guest32] = ("guest32", new[] { "since" }),
        [BaselineKind.Policy] = ("policy", new[] { "reserved", "windows", "guest32" }),
    };

    public static bool IsSplit(BaselineKind kind) => kind >= BaselineKind.Bank;

    /// <summary>The field's value in an entry's canonical text; null when absent.</summary>
    public static string? Value(BaselineEntry entry, string key)
    {
        foreach (var field in entry.Fields.Split(' '))
        {
            if (field.Length > key.Length && field[key.Length] == '=' && field.StartsWith(key, System.StringComparison.Ordinal))
            {
                return field.Substring(key.Length + 1);
            }
        }

        return null;
    }

    public static void AddEntries(MapSpec map, string name, List<BaselineEntry> entries)
    {
        if (!map.IsSplit)
        {
            return;
        }

        var regions = map.Regions;
        string Region(int ordinal) => ordinal >= 0 && ordinal < regions.Count ? regions[ordinal].Name : None;
        string Version(int ordinal) => ordinal >= 0 && ordinal < map.Versions.Count ? map.Versions[ordinal].Name : None;

        foreach (var bank in map.Banks)
        {
            entries.Add(Entry(name, BaselineKind.Bank, -1, Region(bank.Ordinal),
                Hex(bank.Base), Hex(bank.Limit), Hex(bank.MaxLimit), Hex(bank.LargeRamFrom), Hex(bank.LargeRamLimit), Region(bank.RelocatePast),
                Hex(bank.DeviceMemoryAlignment), Hex(bank.SlotSize), bank.MaxSlots.ToString(System.Globalization.CultureInfo.InvariantCulture), Hex(bank.MaxRamAlignment)));
        }

        foreach (var ordinal in map.Reserved)
        {
            var reserved = regions[ordinal];
            entries.Add(Entry(name, BaselineKind.Reserved, -1, reserved.Name, Hex(reserved.Base), Hex(reserved.Size), Version(reserved.Since)));
        }

        foreach (var gap in map.Gaps)
        {
            entries.Add(Entry(name, BaselineKind.Gap, -1, Region(gap.Ordinal), Region(gap.After), Region(gap.Before)));
        }

        foreach (var window in map.Windows)
        {
            entries.Add(Entry(name, BaselineKind.Window, -1, Region(window.Ordinal),
                Hex(window.Size), Hex(window.Alignment), Version(window.AdvertisedSince), OnOff(window.Requires64BitGuest)));
        }

        entries.Add(Entry(name, BaselineKind.Guest32, -1, string.Empty, Version(map.CheckGuest32BitSince)));

        foreach (var version in map.Versions)
        {
            var reserved = new List<string>();
            foreach (var ordinal in map.Reserved)
            {
                if (regions[ordinal].Since <= version.Ordinal)
                {
                    reserved.Add(regions[ordinal].Name);
                }
            }

            var advertised = new List<string>();
            foreach (var window in map.Windows)
            {
                if (window.AdvertisedSince <= version.Ordinal)
                {
                    advertised.Add(Region(window.Ordinal));
                }
            }

            var check = map.CheckGuest32BitSince >= 0 && map.CheckGuest32BitSince <= version.Ordinal;
            entries.Add(Entry(name, BaselineKind.Policy, version.Ordinal, version.Name, List(reserved), List(advertised), OnOff(check)));
        }
    }

    /// <summary>An entry whose fields are <paramref name="values"/> in schema order.</summary>
    public static BaselineEntry Entry(string map, BaselineKind kind, int ordinal, string name, params string[] values)
    {
        var fields = Schema[kind].Fields;
        var text = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Key(fields[i])).Append('=').Append(values[i]);
        }

        return new BaselineEntry(map, kind, ordinal, name, Fields: text.ToString());
    }

    /// <summary>A schema field's key, without its number marker.</summary>
    public static string Key(string field) => field.TrimStart('#', '%');

    private static string Hex(ulong value) => BaselineFormat.Hex(value);

    private static string OnOff(bool value) => value ? "on" : "off";

    /// <summary>Sorted, so that reordering declarations does not change what a version does.</summary>
    private static string List(List<string> names)
    {
        names.Sort(string.CompareOrdinal);
        return names.Count == 0 ? None : string.Join(",", names);
    }
}
