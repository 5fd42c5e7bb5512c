using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using MemmapGen.Fuzz.Tests.Generation;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Fuzz.Tests;

/// <summary>
/// Seeded fuzzing of generator and analyzers. CI runs a bounded number of cases; MEMMAPGEN_FUZZ_CASES=20000 runs a long
/// campaign and MEMMAPGEN_FUZZ_SEED moves the window of seeds. A failure prints the seed and the case to replay it.
/// </summary>
public sealed class FuzzTests
{
    private const int DefaultCases = 150;

    private static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(30);

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Random_declarations_never_crash_are_deterministic_and_valid_ones_compile_and_plan()
    {
        var count = Setting("MEMMAPGEN_FUZZ_CASES", DefaultCases);
        var firstSeed = Setting("MEMMAPGEN_FUZZ_SEED", 1);
        var results = new (FuzzCase Case, Outcome Outcome)[count];
        var inFlight = new ConcurrentDictionary<int, Stopwatch>();
        var run = Task.Run(() => Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var fuzzCase = CaseFactory.Build(firstSeed + i);
            inFlight[fuzzCase.Seed] = Stopwatch.StartNew();
            results[i] = (fuzzCase, FuzzRunner.Run(fuzzCase));
            inFlight.TryRemove(fuzzCase.Seed, out _);
        }));

        // A case that runs away (an analyzer or generator that does not terminate) fails the test with its seed.
        while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(1))) != run)
        {
            var stuck = inFlight.Where(p => p.Value.Elapsed > CaseTimeLimit).Select(p => p.Key).ToList();
            Assert.True(stuck.Count == 0, $"case(s) {string.Join(", ", stuck)} still running after {CaseTimeLimit.TotalSeconds} s");
        }

        await run;

        var stats = new FuzzStats();
        foreach (var (fuzzCase, outcome) in results)
        {
            stats.Add(fuzzCase, outcome);
        }

        _output.WriteLine(stats.Summary());
        var failures = results.Where(r => r.Outcome.Problems.Count > 0).ToList();
        foreach (var (fuzzCase, outcome) in failures.Take(5))
        {
            _output.WriteLine(string.Join("\n", outcome.Problems) + "\n" + fuzzCase);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases failed; seeds {string.Join(", ", failures.Select(f => f.Case.Seed).Take(20))}");
        Assert.True(stats.ValidShare >= 0.4, $"only {stats.ValidShare:P1} of the cases are valid maps");
    }

    /// <summary>MEMMAPGEN_FUZZ_REPLAY=seed prints that case and what it did (the test passes unless it fails).</summary>
    [Fact]
    public void Replay_one_seed()
    {
        var seed = Setting("MEMMAPGEN_FUZZ_REPLAY", 0);
        if (seed == 0)
        {
            return;
        }

        var fuzzCase = CaseFactory.Build(seed);
        var outcome = FuzzRunner.Run(fuzzCase);
        _output.WriteLine(fuzzCase.ToString());
        _output.WriteLine($"valid {outcome.Valid}; analyzer errors {string.Join(", ", outcome.AnalyzerErrorIds)}; generated-code errors {string.Join(", ", outcome.GeneratedCodeErrorIds)}");
        _output.WriteLine(string.Join("\n", outcome.Problems));
        Assert.Empty(outcome.Problems);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
