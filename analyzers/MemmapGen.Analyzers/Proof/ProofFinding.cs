using System.Collections.Immutable;
using MemmapGen.Analyzers.Geometry;

namespace MemmapGen.Analyzers.Proof;

/// <summary>What a finding shows: a planned part over another range, or a part past the width of a plan that succeeds.</summary>
internal enum ProofFindingKind
{
    Overlap,
    PastWidth,
}

/// <summary>
/// One problem some plan input produces, with that input (the witness) and the ranges the generated planner gives for
/// it. Located on <see cref="Blamed"/> (its <see cref="BlamedArgument"/>, or its attribute when null), with
/// <see cref="Related"/> as additional location (-1: none).
/// </summary>
internal sealed record ProofFinding(
    ProofFindingKind Kind,
    int Blamed,
    string? BlamedArgument,
    int Related,
    string Part,
    AddressRange PartRange,
    string? Other,
    AddressRange? OtherRange,
    string Inputs,
    int Bits,
    ImmutableDictionary<string, string?> Witness);

/// <summary>How the proof of a map ended.</summary>
internal enum ProofStatus
{
    /// <summary>Nothing is planned, or the declaration has problems other rules report: no claim either way.</summary>
    NotApplicable,

    /// <summary>No plan input produces a problem.</summary>
    Proved,

    /// <summary>Some input does: see the findings (and the rules that report the rest).</summary>
    Refuted,

    /// <summary>The search did not finish (see <see cref="ProofResult.Reason"/>): nothing is claimed.</summary>
    GaveUp,
}

/// <summary>
/// The outcome of proving one map, shared by the rules that report it. <see cref="Findings"/> are reported by
/// MMG0042/MMG0043; <see cref="Covered"/> are witnesses for regions another rule reports (MMG0039), by ordinal.
/// </summary>
internal sealed record ProofResult(
    ProofStatus Status,
    ImmutableArray<ProofFinding> Findings,
    ImmutableDictionary<int, ProofFinding> Covered,
    int Classes,
    int Boxes,
    string? Reason)
{
    public static ProofResult NotApplicable { get; } =
        new(ProofStatus.NotApplicable, ImmutableArray<ProofFinding>.Empty, ImmutableDictionary<int, ProofFinding>.Empty, 0, 0, null);

    public static ProofResult GaveUp(string reason, int classes = 0, int boxes = 0) =>
        new(ProofStatus.GaveUp, ImmutableArray<ProofFinding>.Empty, ImmutableDictionary<int, ProofFinding>.Empty, classes, boxes, reason);
}
