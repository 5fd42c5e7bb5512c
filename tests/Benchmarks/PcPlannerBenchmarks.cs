using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MemmapGen.Testing.QemuPc;
using Sample.Pc;

namespace Benchmarks;

/// <summary>
/// The generated x86 planners of the pc sample (<see cref="PcMemmap"/>, <see cref="Q35Memmap"/>) against the port of
/// QEMU's pc/q35 split and <c>pc_memory_init()</c> (<see cref="QemuPcPort"/>, the straightforward port: a new object,
/// lists and formatted warnings per plan), and against a lean port that allocates nothing
/// (<see cref="QemuPcPortLean"/>). The vector inputs are cycled in a shuffled batch, both machines mixed, so that no
/// call can be specialised for one input; every side is checked to agree on every input in the batch.
/// </summary>
[MemoryDiagnoser]
public class PcPlannerBenchmarks
{
    /// <summary>Plans per benchmark invocation.</summary>
    public const int Batch = 4096;

    public enum InputSet
    {
        /// <summary>Inputs QEMU lays out.</summary>
        Layouts,

        /// <summary>All inputs of the vectors, including those QEMU refuses.</summary>
        LayoutsAndErrors,
    }

    private readonly QemuPcPortLean _lean = new();
    private PcInput[] _inputs = Array.Empty<PcInput>();
    private bool[] _isQ35 = Array.Empty<bool>();
    private PcMemmap.PlanOptions[] _pcOptions = Array.Empty<PcMemmap.PlanOptions>();
    private Q35Memmap.PlanOptions[] _q35Options = Array.Empty<Q35Memmap.PlanOptions>();

    [Params(InputSet.Layouts, InputSet.LayoutsAndErrors)]
    public InputSet Inputs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pool = PcInputs.Distinct()
            .Where(input => Inputs == InputSet.LayoutsAndErrors || QemuPcPort.Run(input).Error is null)
            .ToArray();
        new Random(20260212).Shuffle(pool);
        _inputs = Enumerable.Range(0, Batch).Select(i => pool[i % pool.Length]).ToArray();
        _isQ35 = _inputs.Select(PcInputs.IsQ35).ToArray();
        // Each input's options in the array of its machine; the other array's slot is unused.
        _pcOptions = _inputs.Select(input => PcInputs.IsQ35(input) ? default : PcInputs.PcOptions(input)).ToArray();
        _q35Options = _inputs.Select(input => PcInputs.IsQ35(input) ? PcInputs.Q35Options(input) : default).ToArray();
        PcAgreement.AssertPlannersAgree(_inputs);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public ulong QemuPcPortRun()
    {
        PcInput[] inputs = _inputs;
        ulong sum = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            var layout = QemuPcPort.Run(inputs[i]);
            sum += (layout.MaxUsedGpa ?? 0) + (layout.Above4GMemStart ?? 0);
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public ulong QemuPcPortLeanPlan()
    {
        PcInput[] inputs = _inputs;
        QemuPcPortLean port = _lean;
        ulong sum = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (port.Plan(inputs[i]))
                sum += port.MaxUsedGpa + port.Above4GMemStart;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public ulong GeneratedTryPlan()
    {
        bool[] isQ35 = _isQ35;
        PcMemmap.PlanOptions[] pcOptions = _pcOptions;
        Q35Memmap.PlanOptions[] q35Options = _q35Options;
        ulong sum = 0;
        for (int i = 0; i < isQ35.Length; i++)
        {
            if (isQ35[i])
            {
                if (Q35Memmap.TryPlan(in q35Options[i], out var layout, out _))
                    sum += layout.LastUsedGpa + layout.HighRam.Base;
            }
            else if (PcMemmap.TryPlan(in pcOptions[i], out var layout, out _))
            {
                sum += layout.LastUsedGpa + layout.HighRam.Base;
            }
        }
        return sum;
    }
}
