namespace MemmapGen.Analyzers.Proof;

/// <summary>What the banked search found: an overlap with a target, between two parts, or a part past the width.</summary>
internal enum BankedFindingKind
{
    Target,
    Parts,
    PastWidth,
}

/// <summary>
/// One banked finding with the smallest point that shows it. <see cref="Part"/> is a <see cref="PartLayout"/> index;
/// <see cref="Other"/> is the target's ordinal (<see cref="BankedFindingKind.Target"/>), the second part
/// (<see cref="BankedFindingKind.Parts"/>) or -1.
/// </summary>
internal sealed record BankedFinding(BankedFindingKind Kind, int Part, int Other, BankedPoint Point);
