namespace MemmapGen.Generator.Model;

/// <summary>One enum member of a map, as declared. Values that could not be read are 0 and an issue says why.</summary>
/// <param name="Ordinal">Position in declaration order; every table is indexed by it.</param>
/// <param name="Name">The member's name, unescaped.</param>
/// <param name="Value">The member's underlying value, as a C# literal of the enum's underlying type.</param>
/// <param name="Within">Ordinal of the declared container, or -1.</param>
/// <param name="Alignment">Declared alignment, 0 when none (floating regions then align to their size).</param>
/// <param name="Since">Ordinal of the machine version that introduced a floating region, or -1 (always there).</param>
/// <param name="EnabledSince">Ordinal of the first version that requests it by default, or -1 (always requested).</param>
internal sealed record RegionSpec(
    int Ordinal,
    string Name,
    string Value,
    RegionKind Kind,
    ulong Base,
    ulong Size,
    int Within,
    ulong Alignment,
    bool Resizable,
    int Since = -1,
    int EnabledSince = -1)
{
    /// <summary>True when the region occupies a range known at compile time.</summary>
    public bool IsFixed => Kind == RegionKind.Fixed;
}
