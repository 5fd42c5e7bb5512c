using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>What the analyzers say about a set of maps, every witness already replayed by the generated planner.</summary>
internal sealed record ProofVerdict(IReadOnlyList<Diagnostic> Diagnostics, int Replayed)
{
    public const string Proved = "MMG0044", NotProved = "MMG0045", Overlap = "MMG0042", PastWidth = "MMG0043";

    public IReadOnlySet<string> Ids => Diagnostics.Select(d => d.Id).ToHashSet();

    public IEnumerable<Diagnostic> Witnesses => Diagnostics.Where(WitnessReplay.HasWitness);

    /// <summary>Analyzes and compiles <paramref name="sources"/>, and replays every witness (throws on one that does not replay).</summary>
    public static ProofVerdict Of(params string[] sources)
    {
        using var maps = AnalyzedMaps.Compile(sources);
        var replayed = 0;
        foreach (var diagnostic in maps.Diagnostics.Where(WitnessReplay.HasWitness))
        {
            WitnessReplay.Replay(maps, diagnostic);
            replayed++;
        }

        return new ProofVerdict(maps.Diagnostics, replayed);
    }

    /// <summary>The plan-proof verdicts and the rules that can carry witnesses, one per line, for test output.</summary>
    public string Describe() => string.Join("\n", Diagnostics
        .Where(d => d.Id is Proved or NotProved || WitnessReplay.WitnessRules.Contains(d.Id))
        .Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));
}
