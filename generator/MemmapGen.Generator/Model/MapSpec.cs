namespace MemmapGen.Generator.Model;

/// <summary>
/// One memory map: everything the generator and the analyzers need, as plain values. It holds no symbols,
/// syntax or locations, so an unrelated edit leaves it equal and the pipeline cached.
/// </summary>
/// <param name="Namespace">The enum's namespace, or null for the global namespace.</param>
/// <param name="EnumName">The enum's name (unescaped).</param>
/// <param name="EnumType">The enum's fully qualified type, <c>global::</c>-prefixed, ready for code.</param>
/// <param name="UnderlyingType">The C# keyword of the enum's underlying type.</param>
/// <param name="Accessibility">The enum's accessibility as C# modifiers; the companion class gets the same.</param>
/// <param name="TypeName">The companion class's name.</param>
/// <param name="AddressBits">The widest physical address the platform supports.</param>
/// <param name="Ram">The RAM block, or null when the map has none.</param>
/// <param name="VersionType">The machine-version enum, <c>global::</c>-qualified, or null when the map has no versions.</param>
/// <param name="Versions">The machine versions, oldest first.</param>
/// <param name="RegionConstants">Whether the companion names each fixed region's range and constants (declared, or by size).</param>
internal sealed record MapSpec(
    string? Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string EnumName,
    string EnumType,
    string UnderlyingType,
    string Accessibility,
    string TypeName,
    int AddressBits,
    EquatableArray<RegionSpec> Regions,
    RamSpec? Ram,
    EquatableArray<DeclarationIssue> Issues,
    string? VersionType = null,
    EquatableArray<VersionSpec> Versions = default,
    bool RegionConstants = true)
{
    /// <summary>Maps up to this many members get named per-region members unless they say otherwise.</summary>
    public const int RegionConstantsLimit = 1024;

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
