using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Rules;
using MemmapGen.Generator.Model;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// Proves a map's plans over every plan input (docs/plan-proof.md): computed once per map, read by MMG0042 (overlaps),
/// MMG0043 (past the width), MMG0044 (proved) and MMG0045 (not proved).
/// </summary>
internal static class PlanProver
{
    public static ProofResult Prove(MapAnalysis map)
    {
        var spec = map.Map;
        if (spec.Issues.Count > 0 || (spec.Ram is null) == !spec.IsSplit)
        {
            return ProofResult.NotApplicable;
        }

        var targets = new List<ProofTarget>();
        for (var i = 0; i < spec.Regions.Count; i++)
        {
            if (spec.Regions[i].IsFixed && map.Range(i) is { } range && map.Container(i) is not null)
            {
                targets.Add(new ProofTarget(i, range.Base, range.Last));
            }
        }

        return spec.IsSplit ? ProveBanked(map, targets) : ArmProver.Prove(map, targets);
    }

    private static ProofResult ProveBanked(MapAnalysis map, List<ProofTarget> targets)
    {
        if (BankedFacts.Create(map.Map, out var unsupported) is not { } facts)
        {
            return ProofResult.GaveUp(unsupported!);
        }

        // What MMG0038 and MMG0039 already report is not reported again: a region in a bank's reach is an error
        // whatever else reaches it.
        var skip = new HashSet<(int, int)>();
        var reported = new HashSet<int>();
        foreach (var clash in InPossibleRamRule.Find(map))
        {
            reported.Add(clash.Ordinal);
        }

        foreach (var pair in BankOverlapRule.Pairs(map))
        {
            skip.Add(pair);
        }


        var prover = new BankedProver(facts);
        if (prover.Run(targets, skip, map.CancellationToken) is not { } found)
        {
            return ProofResult.GaveUp(
                prover.Exhausted
                    ? string.Format(CultureInfo.InvariantCulture, "the search stopped after {0:N0} boxes", BankedProver.Budget)
                    : "the map has too many plan classes (reserved windows, optional caps and raisable limits)",
                prover.Classes,
                prover.Boxes);
        }

        // Regions MMG0039 reports get their witness there; the rest are this proof's own findings.
        var witness = new BankedWitness(map.Map, facts);
        var findings = ImmutableArray.CreateBuilder<ProofFinding>();
        var covered = ImmutableDictionary.CreateBuilder<int, ProofFinding>();
        foreach (var finding in OnePerTarget(found))
        {
            if (finding.Kind == BankedFindingKind.Target && reported.Contains(finding.Other))
            {
                covered[finding.Other] = witness.ToFinding(finding);
            }
            else
            {
                findings.Add(witness.ToFinding(finding));
            }
        }

        var ordered = findings
            .OrderBy(static f => f.Blamed).ThenBy(static f => f.Related).ThenBy(static f => f.Part, System.StringComparer.Ordinal)
            .ToImmutableArray();
        var status = ordered.Length > 0 || skip.Count > 0 || reported.Count > 0 ? ProofStatus.Refuted : ProofStatus.Proved;
        return new ProofResult(status, ordered, covered.ToImmutable(), prover.Classes, prover.Boxes, null);
    }

    /// <summary>A region in the way is reported once, with the part that reaches it first (the smallest witness).</summary>
    private static List<BankedFinding> OnePerTarget(List<BankedFinding> found)
    {
        var kept = new List<BankedFinding>();
        var best = new Dictionary<int, BankedFinding>();
        foreach (var finding in found)
        {
            if (finding.Kind != BankedFindingKind.Target)
            {
                kept.Add(finding);
            }
            else if (!best.TryGetValue(finding.Other, out var current) || finding.Point.IsSmallerThan(current.Point))
            {
                best[finding.Other] = finding;
            }
        }

        kept.AddRange(best.Values);
        return kept;
    }
}
