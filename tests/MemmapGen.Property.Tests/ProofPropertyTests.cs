using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using MemmapGen.Property.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Property.Tests;

/// <summary>
/// The plan prover against an exhaustive search: on small random banked maps, a problem the search finds among a few
/// hundred thousand plan inputs must keep the prover from claiming a proof (MMG0044), and every witness the prover
/// gives must replay. The search's domain is small, so a refutation it does not confirm is no disagreement.
/// MEMMAPGEN_PROOF_SHAPES and MEMMAPGEN_PROPERTY_SEED scale or move the run.
/// </summary>
public sealed class ProofPropertyTests
{
    private readonly ITestOutputHelper _output;

    public ProofPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_proved_map_has_no_problem_the_exhaustive_search_finds_and_every_witness_replays()
    {
        var shapes = Setting("MEMMAPGEN_PROOF_SHAPES", 40);
        var seed = (ulong)Setting("MEMMAPGEN_PROPERTY_SEED", 1);
        var outcomes = new Outcome[shapes];
        Parallel.For(0, shapes, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, s =>
            outcomes[s] = Examine((seed << 32) + 0x5000_0000UL + (ulong)s));

        var verdicts = outcomes.GroupBy(o => o.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        _output.WriteLine($"{shapes} maps: {string.Join(", ", verdicts)}");
        _output.WriteLine($"prover: {outcomes.Count(o => o.Witnesses > 0)} maps with witnesses, {outcomes.Sum(o => o.Witnesses)} witnesses, all replayed");
        _output.WriteLine($"search: {outcomes.Sum(o => o.Search.Inputs):N0} inputs, {outcomes.Sum(o => o.Search.Plans):N0} plans, problems in {outcomes.Count(o => o.Search.ProblemInputs > 0)} maps ({outcomes.Sum(o => o.Search.ProblemInputs):N0} inputs)");
        _output.WriteLine($"refuted by the prover and confirmed by the search: {outcomes.Count(o => o.Verdict == "refuted" && o.Search.ProblemInputs > 0)}; refuted beyond the search's domain: {outcomes.Count(o => o.Verdict == "refuted" && o.Search.ProblemInputs == 0)}");
        foreach (var o in outcomes.Where(o => o.Verdict == "not proved"))
        {
            _output.WriteLine($"seed {o.Seed}: {o.Note}");
        }

        foreach (var o in outcomes.Where(o => o.Verdict != "proved" && o.Search.FirstProblem is not null).Take(3))
        {
            _output.WriteLine($"\nseed {o.Seed} ({o.Verdict}): {o.Search.FirstProblem}");
        }

        var disagreements = outcomes.Where(o => o.Disagreement is not null).Select(o => $"seed {o.Seed}: {o.Disagreement}").ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n\n", disagreements));
    }

    private static Outcome Examine(ulong seed)
    {
        var shape = SmallBankedShapes.Shape(seed);
        ProofVerdict verdict;
        try
        {
            verdict = ProofVerdict.Of(shape.Source());
        }
        catch (WitnessMismatchException mismatch)
        {
            return new Outcome(seed, "refuted", 0, new SearchResult(0, 0, 0, null), null, $"a witness does not replay\n{shape.Source()}\n{mismatch.Message}");
        }

        using var planner = CompiledBankedPlanner.Compile(shape);
        var search = ExhaustiveSearch.Run(planner, shape);
        var ids = verdict.Ids;
        var name = ids.Contains(ProofVerdict.Proved) ? "proved"
            : verdict.Witnesses.Any() ? "refuted"
            : ids.Contains(ProofVerdict.NotProved) ? "not proved"
            : "declaration errors";
        var disagreement = name == "proved" && search.FirstProblem is not null
            ? $"proved, but the search finds {search.FirstProblem}\n{shape.Source()}"
            : null;
        var note = verdict.Diagnostics.FirstOrDefault(d => d.Id == ProofVerdict.NotProved)?.GetMessage(CultureInfo.InvariantCulture);
        return new Outcome(seed, name, verdict.Replayed, search, note, disagreement);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private sealed record Outcome(ulong Seed, string Verdict, int Witnesses, SearchResult Search, string? Note, string? Disagreement);
}
