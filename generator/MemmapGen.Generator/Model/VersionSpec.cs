namespace MemmapGen.Generator.Model;

/// <summary>One machine version, a member of the map's version enum, oldest first.</summary>
/// <param name="Ordinal">Position among the versions; plans and tables use it.</param>
/// <param name="Member">The enum member's name, unescaped.</param>
/// <param name="Name">The user-facing name from <c>[MachineVersion("virt-7.1")]</c>.</param>
/// <param name="IsLegacy">True when the version's floating layout is legacy.</param>
/// <param name="Value">The member's underlying value as a literal (a switch may name each value once).</param>
internal sealed record VersionSpec(int Ordinal, string Member, string Name, bool IsLegacy, string Value);
