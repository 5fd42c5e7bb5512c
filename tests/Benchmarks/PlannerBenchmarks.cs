using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Sample.Virt;

namespace Benchmarks;

/// <summary>
/// The generated planner against the table-driven port of QEMU's virt_set_memmap(), as QEMU does it (copying the fixed
/// entries into the map first) and leaner (floating entries only), over the vector machines cycled in a shuffled batch
/// so that no call can be specialised for one input. All three are checked to agree on every input in the batch.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    /// <summary>Plans per benchmark invocation.</summary>
    public const int Batch = 4096;

    public enum InputSet
    {
        /// <summary>Machines QEMU lays out.</summary>
        Layouts,

        /// <summary>All machines of the vectors, including those QEMU refuses (mostly memory beyond the address width).</summary>
        LayoutsAndErrors,
    }

    private readonly QemuPort _port = new();
    private readonly QemuPort _floatingOnlyPort = new(copyBaseMemmap: false);
    private QemuMachine[] _machines = Array.Empty<QemuMachine>();
    private VirtMemmap.PlanOptions[] _options = Array.Empty<VirtMemmap.PlanOptions>();

    [Params(InputSet.Layouts, InputSet.LayoutsAndErrors)]
    public InputSet Inputs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var classifier = new QemuPort();
        var pool = Vectors.DistinctMachines()
            .Where(machine => Inputs == InputSet.LayoutsAndErrors || classifier.Plan(machine))
            .ToArray();
        new Random(20221215).Shuffle(pool);
        _machines = Enumerable.Range(0, Batch).Select(i => pool[i % pool.Length]).ToArray();
        _options = _machines.Select(machine => Agreement.ToOptions(machine)).ToArray();
        Agreement.AssertPlannersAgree(_machines);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public ulong QemuPortLoop() => Run(_port, _machines);

    [Benchmark(OperationsPerInvoke = Batch)]
    public ulong QemuPortFloatingOnly() => Run(_floatingOnlyPort, _machines);

    [Benchmark(OperationsPerInvoke = Batch)]
    public ulong GeneratedTryPlan()
    {
        VirtMemmap.PlanOptions[] options = _options;
        ulong sum = 0;
        for (int i = 0; i < options.Length; i++)
        {
            if (VirtMemmap.TryPlan(in options[i], out var layout, out _))
                sum += layout.HighestGpa + layout.HighPcieMmio.Base;
        }
        return sum;
    }

    private static ulong Run(QemuPort port, QemuMachine[] machines)
    {
        ulong sum = 0;
        for (int i = 0; i < machines.Length; i++)
        {
            if (port.Plan(in machines[i]))
                sum += port.HighestGpa + port.Memmap[QemuPort.LowMemmapLast + QemuPort.HighPcieMmio].Base;
        }
        return sum;
    }
}
