namespace MemmapGen.Generator.Model;

/// <summary>One machine version, a member of the map's version enum, oldest first.</summary>
internal sealed record VersionSpec
{
    /// <summary>Position among the versions; plans and tables use it.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The enum member's name, unescaped.</summary>
    public required string Member { get; init; }

    /// <summary>The user-facing name from <c>[MachineVersion("virt-7.1")]</c>.</summary>
    public required string Name { get; init; }

    /// <summary>True when the version's floating layout is legacy.</summary>
    public bool IsLegacy { get; init; }

    /// <summary>The member's underlying value as a literal (a switch may name each value once).</summary>
    public required string Value { get; init; }
}
