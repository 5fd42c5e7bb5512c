namespace MemmapGen.Generator.Model;

/// <summary>One enum member of a map, as declared. Values that could not be read are 0 and an issue says why.</summary>
internal sealed record RegionSpec
{
    /// <summary>Position in declaration order; every table is indexed by it.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The member's name, unescaped.</summary>
    public required string Name { get; init; }

    /// <summary>The member's underlying value, as a C# literal of the enum's underlying type.</summary>
    public required string Value { get; init; }

    public required RegionKind Kind { get; init; }

    /// <summary>Declared base (fixed regions and RAM); 0 for floating regions.</summary>
    public ulong Base { get; init; }

    /// <summary>Declared size; for RAM, the reserved window (<c>LegacyLimit</c>).</summary>
    public ulong Size { get; init; }

    /// <summary>Ordinal of the declared container, or -1.</summary>
    public int Within { get; init; } = -1;

    /// <summary>Declared alignment, 0 when none (floating regions then align to their size).</summary>
    public ulong Alignment { get; init; }

    public bool Resizable { get; init; }

    /// <summary>Ordinal of the machine version that introduced a floating region, or -1 (always there).</summary>
    public int Since { get; init; } = -1;

    /// <summary>Ordinal of the first version that requests it by default, or -1 (always requested).</summary>
    public int EnabledSince { get; init; } = -1;

    /// <summary>True when the region occupies a range known at compile time.</summary>
    public bool IsFixed => Kind == RegionKind.Fixed;
}
