using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Sample.Pc;
using PlanErrorKind = MemmapGen.PlanErrorKind;

namespace Benchmarks;

/// <summary>
/// The x86 planners must give the same answer before their speed means anything. Each side's result is flattened to
/// numbers: the error kind (0 for a plan), then below-4G size, above-4G size and start, relocated, device memory base
/// and size, <c>pc_pci_hole64_start</c>, the advertised hole64 start and end, the 32-bit hole start and end, the max
/// used GPA, <c>etc/reserved-memory-end</c>, and every e820 entry. QEMU's warnings are its wording, not part of a plan.
/// </summary>
public static class PcAgreement
{
    /// <summary>Throws unless the port reproduces every column of every vector row (warnings and messages included).</summary>
    public static void AssertPortMatchesVectors()
    {
        var failures = PcInputs.Rows
            .Where(row => !PcVectorText.Columns(QemuPcPort.Run(row.ToInput())).SequenceEqual(PcVectorText.Columns(row.Expected)))
            .Select(row => "case " + row.CaseId)
            .ToList();
        if (failures.Count > 0)
            throw new InvalidOperationException($"the QEMU x86 port differs from {failures.Count} vector row(s): " + string.Join(", ", failures.Take(20)));
    }

    /// <summary>Throws unless the port, the lean port and the generated planners agree on every input.</summary>
    public static void AssertPlannersAgree(IEnumerable<PcInput> inputs)
    {
        var lean = new QemuPcPortLean();
        var failures = new List<string>();
        foreach (var input in inputs.Distinct())
        {
            var port = FromPort(QemuPcPort.Run(input));
            var leaner = FromLean(lean, input);
            var generated = FromGenerated(input);
            if (!port.SequenceEqual(generated) || !port.SequenceEqual(leaner))
                failures.Add($"{input}\n  port:      {Describe(port)}\n  lean port: {Describe(leaner)}\n  generated: {Describe(generated)}");
        }
        if (failures.Count > 0)
            throw new InvalidOperationException($"the x86 planners disagree on {failures.Count} input(s):\n" + string.Join('\n', failures.Take(10)));
    }

    public static ulong[] FromPort(PcLayout layout)
    {
        if (layout.Error is { } message)
            return new[] { (ulong)ErrorKind(message) };
        var values = new List<ulong>
        {
            0, layout.Below4GMemSize!.Value, layout.Above4GMemSize!.Value, layout.Above4GMemStart!.Value,
            layout.RelocatedTo1Tb!.Value ? 1UL : 0, layout.DeviceMemoryBase ?? 0, layout.DeviceMemorySize ?? 0,
            layout.PcPciHole64Start!.Value, layout.PciHole64Start!.Value, layout.PciHole64End!.Value,
            layout.PciHoleStart!.Value, layout.PciHoleEnd!.Value, layout.MaxUsedGpa!.Value, layout.ReservedMemoryEnd ?? 0,
        };
        foreach (var entry in layout.E820)
            values.AddRange(new[] { entry.Address, entry.Length, (ulong)entry.Type });
        return values.ToArray();
    }

    public static ulong[] FromLean(QemuPcPortLean port, PcInput input)
    {
        if (!port.Plan(input))
            return new[] { (ulong)ErrorKind(port.Error) };
        var values = new List<ulong>
        {
            0, port.Below4GMemSize, port.Above4GMemSize, port.Above4GMemStart, port.Relocated ? 1UL : 0,
            port.DeviceMemoryBase, port.DeviceMemorySize, port.PcPciHole64Start, port.PciHole64Start, port.PciHole64End,
            port.PciHoleStart, port.PciHoleEnd, port.MaxUsedGpa, port.ReservedMemoryEnd,
        };
        for (int i = 0; i < port.E820Count; i++)
            values.AddRange(new[] { port.E820[i].Address, port.E820[i].Length, (ulong)port.E820[i].Type });
        return values.ToArray();
    }

    public static ulong[] FromGenerated(PcInput input)
    {
        if (PcInputs.IsQ35(input))
        {
            var options = PcInputs.Q35Options(input);
            if (!Q35Memmap.TryPlan(in options, out var l, out var error))
                return new[] { (ulong)error.Kind };
            var e820 = Enumerable.Range(0, l.E820Count).Select(i => l.GetE820(i)).ToList();
            return Flatten(l.LowRam, l.HighRam, l.HighRamRelocated, l.DeviceMemory, l.PciHole64, l.PciHole64Advertised,
                l.PciHole, l.LastUsedGpa, l.ReservedMemoryEnd, e820);
        }
        else
        {
            var options = PcInputs.PcOptions(input);
            if (!PcMemmap.TryPlan(in options, out var l, out var error))
                return new[] { (ulong)error.Kind };
            var e820 = Enumerable.Range(0, l.E820Count).Select(i => l.GetE820(i)).ToList();
            return Flatten(l.LowRam, l.HighRam, l.HighRamRelocated, l.DeviceMemory, l.PciHole64, l.PciHole64Advertised,
                l.PciHole, l.LastUsedGpa, l.ReservedMemoryEnd, e820);
        }
    }

    private static ulong[] Flatten(
        MemmapGen.MemRange low, MemmapGen.MemRange high, bool relocated, MemmapGen.MemRange device, MemmapGen.MemRange hole64,
        MemmapGen.MemRange advertised, MemmapGen.MemRange hole, ulong lastUsed, ulong reservedEnd, List<MemmapGen.E820Entry> e820)
    {
        var values = new List<ulong>
        {
            0, low.Size, high.Size, high.Base, relocated ? 1UL : 0, device.Base, device.Size, hole64.Base,
            advertised.Base, unchecked(advertised.Base + advertised.Size), hole.Base, unchecked(hole.Base + hole.Size),
            lastUsed, reservedEnd,
        };
        foreach (var entry in e820)
            values.AddRange(new[] { entry.Base, entry.Size, (ulong)entry.Type });
        return values.ToArray();
    }

    // QEMU's messages (the port's) and the lean port's codes as the generated planner's error kinds.
    private static PlanErrorKind ErrorKind(string message) =>
        message.StartsWith("Address space limit ", StringComparison.Ordinal) ? PlanErrorKind.AddressPastWidth
        : message.StartsWith("Machine option 'max-ram-below-4g=", StringComparison.Ordinal) ? PlanErrorKind.LimitTooLarge
        : message.StartsWith("unsupported amount of maximum memory: ", StringComparison.Ordinal) ? PlanErrorKind.MemoryOverflow
        : message.StartsWith("unsupported amount of memory slots: ", StringComparison.Ordinal) ? PlanErrorKind.TooManySlots
        : message.StartsWith("maximum memory size must by aligned", StringComparison.Ordinal) ? PlanErrorKind.MaxRamNotAligned
        : message.StartsWith("assertion failed: ", StringComparison.Ordinal) ? PlanErrorKind.GapClosed
        : throw new ArgumentException("no error kind for QEMU's message: " + message);

    private static PlanErrorKind ErrorKind(PcPortError error) => error switch
    {
        PcPortError.AddressSpaceLimit => PlanErrorKind.AddressPastWidth,
        PcPortError.MaxRamBelow4GTooLarge => PlanErrorKind.LimitTooLarge,
        PcPortError.UnsupportedMaxMemory => PlanErrorKind.MemoryOverflow,
        PcPortError.UnsupportedSlots => PlanErrorKind.TooManySlots,
        PcPortError.MaxRamNotAligned => PlanErrorKind.MaxRamNotAligned,
        PcPortError.PciHoleAssertion => PlanErrorKind.GapClosed,
        _ => PlanErrorKind.None,
    };

    private static string Describe(ulong[] plan) =>
        plan[0] != 0 ? ((PlanErrorKind)plan[0]).ToString() : string.Join(" ", Array.ConvertAll(plan, value => value.ToString("x")));
}
