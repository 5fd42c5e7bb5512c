using System;

namespace MemmapGen.Generator.Baseline;

/// <summary>What one baseline line records.</summary>
internal enum BaselineKind
{
    Ram,
    Fixed,
    Floating,
    Version,

    /// <summary>A bank of a banked map and its policy (docs/split-ram.md).</summary>
    Bank,

    /// <summary>A reserved window: its range and the version that starts avoiding it.</summary>
    Reserved,

    /// <summary>A gap: the bank it starts after and the fixed region it ends at.</summary>
    Gap,

    /// <summary>A window placed at plan time: size, alignment, the version that starts advertising it.</summary>
    Window,

    /// <summary>The version from which a banked map checks a 32-bit guest (<c>CheckGuest32BitSince</c>).</summary>
    Guest32,

    /// <summary>What a machine version of a banked map does: reserved windows avoided, windows advertised, 32-bit check.</summary>
    Policy,
}

/// <summary>
/// One fact of a memory-layout baseline: a map's RAM policy, a fixed region, a floating region at its position in
/// the floating sequence, a machine version with its layout and the floating regions it sees, or a fact of a banked map.
/// </summary>
/// <param name="Map">The map's enum, fully qualified without <c>global::</c>.</param>
/// <param name="Ordinal">Position among floating regions or versions; -1 for RAM and fixed regions.</param>
/// <param name="Name">Region or version name.</param>
/// <param name="Base">Fixed and RAM base.</param>
/// <param name="Size">Fixed or floating size; the RAM window (LegacyLimit) for RAM.</param>
/// <param name="Alignment">Floating alignment (its size when not declared); device-memory alignment for RAM.</param>
/// <param name="Extra">Floating: 1 when resizable. RAM: the per-slot size.</param>
/// <param name="IsLegacy">Version: its layout is legacy.</param>
/// <param name="Regions">Version: the floating regions it sees, in order, each with <c>:off</c> when not requested by default.</param>
/// <param name="Fields">Facts of a banked map (<see cref="SplitFacts"/>): the canonical <c>key=value</c> fields.</param>
internal sealed record BaselineEntry(
    string Map,
    BaselineKind Kind,
    int Ordinal,
    string Name,
    ulong Base = 0,
    ulong Size = 0,
    ulong Alignment = 0,
    ulong Extra = 0,
    bool IsLegacy = false,
    string Regions = "",
    string Fields = "")
{
    /// <summary>Identity of the fact (what a second line about the same thing would duplicate).</summary>
    public string Key => Kind switch
    {
        BaselineKind.Ram => Map + " ram",
        BaselineKind.Fixed => Map + " fixed " + Name,
        BaselineKind.Floating => Map + " floating " + Name,
        BaselineKind.Version => Map + " version " + Name,
        BaselineKind.Guest32 => Map + " guest32",
        _ => Map + " " + SplitFacts.Schema[Kind].Keyword + " " + Name,
    };

    /// <summary>The version's floating sequence as (region, requested by default) pairs.</summary>
    public (string Region, bool On)[] Sequence()
    {
        if (Regions.Length == 0)
        {
            return Array.Empty<(string, bool)>();
        }

        var parts = Regions.Split(',');
        var result = new (string, bool)[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var off = parts[i].EndsWith(":off", StringComparison.Ordinal);
            result[i] = (off ? parts[i].Substring(0, parts[i].Length - 4) : parts[i], !off);
        }

        return result;
    }
}
