using System;
using System.Reflection;
using MemmapGen.Testing.QemuPc;
using MemmapGen.Tests.Infrastructure;

namespace MemmapGen.Tests.SplitRam;

/// <summary>The generated pc and q35 planners, compiled once, called through the probe.</summary>
internal sealed class SplitPlanner
{
    private static readonly Lazy<SplitPlanner> Compiled = new(() => new SplitPlanner());

    private readonly Func<bool, int, bool, bool, int, ulong, ulong, ulong, ulong?, bool?, bool?, bool?, bool?, ulong?, ulong[]> _run;

    private SplitPlanner()
    {
        var result = GeneratorHarness.Run(QemuPcMaps.Source, QemuPcMaps.Probe);
        var method = result.Load().GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        _run = method.CreateDelegate<Func<bool, int, bool, bool, int, ulong, ulong, ulong, ulong?, bool?, bool?, bool?, bool?, ulong?, ulong[]>>();
    }

    public static SplitPlanner Instance => Compiled.Value;

    /// <summary>
    /// Plans a port input with every compat flag given as an override (the newest version otherwise). QEMU's
    /// <c>max-ram-below-4g=0</c> means its default, as no override does.
    /// </summary>
    public ulong[] Plan(PcInput input) => _run(
        input.Machine == PcMachine.Q35,
        -1,
        input.CpuVendor == CpuVendor.Amd,
        input.LongMode,
        input.PhysBits,
        input.RamSize,
        input.MaxRamSize,
        input.RamSlots,
        input.MaxRamBelow4G is 0 ? null : input.MaxRamBelow4G,
        input.Machine == PcMachine.Pc ? input.GigabyteAlign : null,
        input.EnforceAmd1TbHole,
        !input.Broken32BitMemAddrCheck,
        input.PciHole64Fix,
        input.PciHole64Size);

    /// <summary>Plans with a machine version's defaults: no compat override.</summary>
    public ulong[] PlanForVersion(PcInput input, int version) => _run(
        input.Machine == PcMachine.Q35,
        version,
        input.CpuVendor == CpuVendor.Amd,
        input.LongMode,
        input.PhysBits,
        input.RamSize,
        input.MaxRamSize,
        input.RamSlots,
        input.MaxRamBelow4G is 0 ? null : input.MaxRamBelow4G,
        input.Machine == PcMachine.Pc ? input.GigabyteAlign : null,
        null,
        null,
        null,
        input.PciHole64Size);
}
