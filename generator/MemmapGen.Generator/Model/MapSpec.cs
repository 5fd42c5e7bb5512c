namespace MemmapGen.Generator.Model;

/// <summary>
/// One memory map: everything the generator and the analyzers need, as plain values. It holds no symbols,
/// syntax or locations, so an unrelated edit leaves it equal and the pipeline cached.
/// </summary>
internal sealed record MapSpec
{
    /// <summary>Maps up to this many members get named per-region members unless they say otherwise.</summary>
    public const int RegionConstantsLimit = 1024;

    /// <summary>The enum's namespace, or null for the global namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>The types the enum is nested in, outermost first.</summary>
    public EquatableArray<ContainingTypeSpec> ContainingTypes { get; init; }

    /// <summary>The enum's name (unescaped).</summary>
    public required string EnumName { get; init; }

    /// <summary>The enum's fully qualified type, <c>global::</c>-prefixed, ready for code.</summary>
    public required string EnumType { get; init; }

    /// <summary>The C# keyword of the enum's underlying type.</summary>
    public required string UnderlyingType { get; init; }

    /// <summary>The enum's accessibility as C# modifiers; the companion class gets the same.</summary>
    public required string Accessibility { get; init; }

    /// <summary>The companion class's name.</summary>
    public required string TypeName { get; init; }

    /// <summary>The widest physical address the platform supports.</summary>
    public required int AddressBits { get; init; }

    public required EquatableArray<RegionSpec> Regions { get; init; }

    /// <summary>The RAM block, or null when the map has none.</summary>
    public RamSpec? Ram { get; init; }

    public EquatableArray<DeclarationIssue> Issues { get; init; }

    /// <summary>The RAM banks in declaration order; a map with banks splits RAM around holes (docs/split-ram.md).</summary>
    public EquatableArray<BankSpec> Banks { get; init; } = EquatableArray<BankSpec>.Empty;

    /// <summary>The gaps from a bank to a fixed region, in declaration order.</summary>
    public EquatableArray<GapSpec> Gaps { get; init; } = EquatableArray<GapSpec>.Empty;

    /// <summary>The windows placed after device memory, in declaration order.</summary>
    public EquatableArray<WindowSpec> Windows { get; init; } = EquatableArray<WindowSpec>.Empty;

    /// <summary>
    /// The reserved windows (<see cref="RegionKind.Reserved"/>) by ordinal, in declaration order: their base, size and
    /// <c>Since</c> are in <see cref="RegionSpec"/>.
    /// </summary>
    public EquatableArray<int> Reserved { get; init; } = EquatableArray<int>.Empty;

    /// <summary>Ordinal of the version from which 32-bit guests are bound-checked, or -1 (every version).</summary>
    public int CheckGuest32BitSince { get; init; } = -1;

    /// <summary>True when RAM is split into banks rather than one <c>[Ram]</c> block.</summary>
    public bool IsSplit => Banks.Count > 0;

    /// <summary>The machine-version enum, <c>global::</c>-qualified, or null when the map has no versions.</summary>
    public string? VersionType { get; init; }

    /// <summary>The machine versions, oldest first.</summary>
    public EquatableArray<VersionSpec> Versions { get; init; }

    /// <summary>Whether the companion names each fixed region's range and constants (declared, or by size).</summary>
    public bool RegionConstants { get; init; } = true;

    /// <summary>True when the generator can emit a companion class (containers partial and not generic, enum not file-local).</summary>
    public bool IsServable
    {
        get
        {
            foreach (var issue in Issues)
            {
                if (issue.Kind is IssueKind.ContainerNotPartial or IssueKind.ContainerGeneric or IssueKind.FileLocalEnum or IssueKind.InvalidTypeName or IssueKind.IncompleteDeclaration)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
