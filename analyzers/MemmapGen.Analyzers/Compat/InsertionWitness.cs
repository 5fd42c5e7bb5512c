using System.Collections.Generic;

namespace MemmapGen.Analyzers.Compat;

/// <summary>
/// A concrete plan in which inserting floating regions moves a shipped region: the layout, the requested flags and
/// raised sizes, where the floating area starts (and a RAM size that makes it start there), and the move.
/// </summary>
internal sealed record InsertionWitness(
    bool Legacy,
    IReadOnlyDictionary<string, bool> Requested,
    IReadOnlyDictionary<string, ulong> Sizes,
    ulong? Start,
    ulong? RamSize,
    string Region,
    ulong? OldBase,
    ulong? NewBase)
{
    /// <summary>Renders the witness for a diagnostic message: flags, layout, RAM size and the move in hex.</summary>
    public string Describe()
    {
        var flags = new List<string>();
        foreach (var pair in Requested)
        {
            flags.Add(pair.Key + (pair.Value ? "=on" : "=off"));
        }

        foreach (var pair in Sizes)
        {
            flags.Add(pair.Key + " size " + AddressText.Hex(pair.Value));
        }

        var where = Start is { } start
            ? "RAM size " + AddressText.Hex(RamSize ?? 0) + " (" + AddressText.Size(RamSize ?? 0) + "), floating area at " + AddressText.Hex(start)
            : "some RAM sizes";
        var move = OldBase is { } from
            ? "'" + Region + "' moves from " + AddressText.Hex(from) + (NewBase is { } to ? " to " + AddressText.Hex(to) : " and is no longer placed")
            : "'" + Region + "' moves";
        return (Legacy ? "legacy" : "compact") + " layout, " + (flags.Count == 0 ? "default flags" : string.Join(", ", flags)) + ", " + where + ": " + move;
    }
}
