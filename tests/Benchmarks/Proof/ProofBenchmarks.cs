using System;
using BenchmarkDotNet.Attributes;
using MemmapGen.Analyzers.Proof;

namespace Benchmarks.Proof;

/// <summary>
/// The plan proof (docs/plan-proof.md) on its own: each call builds a new analysis of a map compiled and parsed at
/// setup, so nothing is cached, and proves it; the status (a ProofStatus, internal) is returned so the result is used. Targets: under 50 ms for the samples, under 1 s for 1,000 regions.
/// </summary>
[MemoryDiagnoser]
public class ProofBenchmarks
{
    private ProofMap _pc = null!;
    private ProofMap _q35 = null!;
    private ProofMap _virt = null!;
    private ProofMap _banked = null!;
    private ProofMap _bankedRefuted = null!;
    private ProofMap _arm = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Each map must give the answer the benchmark claims to measure: a full proof, or a refutation.
        _pc = Expect(ProofMaps.Pc(), ProofStatus.Proved);
        _q35 = Expect(ProofMaps.Q35(), ProofStatus.Proved);
        _virt = Expect(ProofMaps.Virt(), ProofStatus.Proved);
        _banked = Expect(ProofMaps.Banked(refuted: false), ProofStatus.Proved);
        _bankedRefuted = Expect(ProofMaps.Banked(refuted: true), ProofStatus.Refuted);
        _arm = Expect(ProofMaps.Arm(), ProofStatus.Proved);
    }

    [Benchmark]
    public int PcSample() => (int)PlanProver.Prove(_pc.Analyze()).Status;

    [Benchmark]
    public int Q35Sample() => (int)PlanProver.Prove(_q35.Analyze()).Status;

    [Benchmark]
    public int VirtSample() => (int)PlanProver.Prove(_virt.Analyze()).Status;

    [Benchmark]
    public int Banked1000() => (int)PlanProver.Prove(_banked.Analyze()).Status;

    [Benchmark]
    public int Banked1000Refuted() => (int)PlanProver.Prove(_bankedRefuted.Analyze()).Status;

    [Benchmark]
    public int Arm1000() => (int)PlanProver.Prove(_arm.Analyze()).Status;

    private static ProofMap Expect(ProofMap map, ProofStatus expected)
    {
        var result = PlanProver.Prove(map.Analyze());
        if (result.Status != expected)
        {
            throw new InvalidOperationException(
                $"{map.Enum.Name}: {result.Status} ({result.Reason}), expected {expected}; first finding: "
                + (result.Findings.IsEmpty ? "none" : $"{result.Findings[0].Part} and {result.Findings[0].Other} with {result.Findings[0].Inputs}"));
        }

        Console.WriteLine($"// {map.Enum.Name}: {result.Status}, {result.Classes} plan classes, {result.Boxes} boxes");
        return map;
    }
}
