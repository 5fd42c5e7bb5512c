using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using MemmapGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Benchmarks.Proof;

/// <summary>
/// The whole declaration analyzer, proof included, as a live analysis runs it: each call attaches a new analyzer
/// driver to the compiled map (the driver works on its own copy of the compilation, so it binds the map's attributes
/// and parses the map again) and waits for its diagnostics. Set against <see cref="ProofBenchmarks"/>, it says what
/// share of a live analysis the proof is.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer());

    private ProofMap _pc = null!;
    private ProofMap _q35 = null!;
    private ProofMap _virt = null!;
    private ProofMap _banked = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pc = Clean(ProofMaps.Pc());
        _q35 = Clean(ProofMaps.Q35());
        _virt = Clean(ProofMaps.Virt());
        _banked = Clean(ProofMaps.Banked(refuted: false));
    }

    [Benchmark]
    public int PcAnalyzer() => Analyze(_pc).Length;

    [Benchmark]
    public int Q35Analyzer() => Analyze(_q35).Length;

    [Benchmark]
    public int VirtAnalyzer() => Analyze(_virt).Length;

    [Benchmark]
    public int Banked1000Analyzer() => Analyze(_banked).Length;

    private static ImmutableArray<Diagnostic> Analyze(ProofMap map) =>
        map.Compilation.WithAnalyzers(s_analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The maps are correct: the analyzer says "Proved" (MMG0044, info) and nothing else.</summary>
    private static ProofMap Clean(ProofMap map)
    {
        var ids = Analyze(map).Select(static d => d.Id).ToList();
        if (ids.Count != 1 || ids[0] != "MMG0044")
            throw new InvalidOperationException($"{map.Enum.Name}: expected MMG0044 only, got {string.Join(", ", ids)}");
        return map;
    }
}
