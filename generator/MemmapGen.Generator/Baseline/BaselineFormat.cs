using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MemmapGen.Generator.Baseline;

/// <summary>
/// The text of <c>MemoryLayout.Shipped.txt</c> / <c>MemoryLayout.Unshipped.txt</c> (docs/baseline-format.md):
/// a version header, then one fact per line, sorted, with explicit ordinals, so that diffs stay small.
/// </summary>
internal static class BaselineFormat
{
    public const string Header = "#MemoryLayout v1";
    public const string ShippedFileName = "MemoryLayout.Shipped.txt";
    public const string UnshippedFileName = "MemoryLayout.Unshipped.txt";

    /// <summary>Prefix of the lines the generator writes for the ShipMemoryLayout target to collect.</summary>
    public const string EmittedLinePrefix = "//! ";

    public static string Format(BaselineEntry entry)
    {
        var text = new StringBuilder(entry.Map).Append(' ');
        switch (entry.Kind)
        {
            case BaselineKind.Ram:
                text.Append("ram ").Append(entry.Name)
                    .Append(" base=").Append(Hex(entry.Base))
                    .Append(" window=").Append(Hex(entry.Size))
                    .Append(" devalign=").Append(Hex(entry.Alignment))
                    .Append(" slot=").Append(Hex(entry.Extra));
                break;
            case BaselineKind.Fixed:
                text.Append("fixed ").Append(entry.Name)
                    .Append(" base=").Append(Hex(entry.Base))
                    .Append(" size=").Append(Hex(entry.Size));
                break;
            case BaselineKind.Floating:
                text.Append("floating ").Append(entry.Ordinal.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(entry.Name)
                    .Append(" size=").Append(Hex(entry.Size))
                    .Append(" align=").Append(Hex(entry.Alignment));
                if (entry.Extra != 0)
                {
                    text.Append(" resizable");
                }

                break;
            case BaselineKind.Guest32:
                text.Append("guest32 ").Append(entry.Fields);
                break;
            case BaselineKind.Policy:
                text.Append("policy ").Append(entry.Ordinal.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(entry.Name).Append(' ').Append(entry.Fields);
                break;
            case BaselineKind.Bank or BaselineKind.Reserved or BaselineKind.Gap or BaselineKind.Window:
                text.Append(SplitFacts.Schema[entry.Kind].Keyword).Append(' ').Append(entry.Name).Append(' ').Append(entry.Fields);
                break;
            default:
                text.Append("version ").Append(entry.Ordinal.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(entry.Name)
                    .Append(" layout=").Append(entry.IsLegacy ? "legacy" : "compact")
                    .Append(" regions=").Append(entry.Regions);
                break;
        }

        return text.ToString();
    }

    /// <summary>Sort order of a baseline: by map, then RAM, fixed (by name), floating and versions (by ordinal).</summary>
    public static int Compare(BaselineEntry a, BaselineEntry b)
    {
        var byMap = string.CompareOrdinal(a.Map, b.Map);
        if (byMap != 0)
        {
            return byMap;
        }

        if (a.Kind != b.Kind)
        {
            return a.Kind.CompareTo(b.Kind);
        }

        return a.Ordinal != b.Ordinal ? a.Ordinal.CompareTo(b.Ordinal) : string.CompareOrdinal(a.Name, b.Name);
    }

    /// <summary>A whole file: header and sorted lines, each ending in a newline.</summary>
    public static string Render(IEnumerable<BaselineEntry> entries)
    {
        var sorted = new List<BaselineEntry>(entries);
        sorted.Sort(Compare);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var entry in sorted)
        {
            text.Append(Format(entry)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Hex as MemmapGen writes it everywhere (<c>0x0800_0000</c>).</summary>
    public static string Hex(ulong value) => AddressText.Hex(value);

    /// <summary>Reads <c>0x0800_0000</c>, <c>0x8000000</c> or a decimal number; false for anything else or past 2^64.</summary>
    public static bool TryParseNumber(string text, out ulong value)
    {
        value = 0;
        var digits = text.IndexOf('_') < 0 ? text : text.Replace("_", string.Empty);
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return digits.Length > 2 && ulong.TryParse(digits.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        return digits.Length > 0 && ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
