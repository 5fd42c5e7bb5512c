using System;
using System.Collections.Generic;
using MemmapGen.Testing.QemuPc;

namespace MemmapGen.Tests.SplitRam;

/// <summary>
/// A plan as the numbers both sides give: the error kind (0 for a plan), then below-4G size, above-4G size,
/// above-4G start, relocated, device-memory base and size, <c>pc_pci_hole64_start</c>, the advertised hole64 start
/// and end, the 32-bit hole start and end, the max used GPA, <c>etc/reserved-memory-end</c>, and the e820 entries.
/// </summary>
internal static class SplitPlan
{
    /// <summary>The plan QEMU's port computes, in the probe's form; QEMU's messages become error kinds.</summary>
    public static ulong[] FromPort(PcLayout layout)
    {
        if (layout.Error is { } message)
        {
            return new[] { (ulong)ErrorKind(message) };
        }

        var values = new List<ulong>
        {
            0, layout.Below4GMemSize!.Value, layout.Above4GMemSize!.Value, layout.Above4GMemStart!.Value,
            layout.RelocatedTo1Tb!.Value ? 1UL : 0, layout.DeviceMemoryBase ?? 0, layout.DeviceMemorySize ?? 0,
            layout.PcPciHole64Start!.Value, layout.PciHole64Start!.Value, layout.PciHole64End!.Value,
            layout.PciHoleStart!.Value, layout.PciHoleEnd!.Value, layout.MaxUsedGpa!.Value, layout.ReservedMemoryEnd ?? 0,
        };
        foreach (var entry in layout.E820)
        {
            values.Add(entry.Address);
            values.Add(entry.Length);
            values.Add((ulong)entry.Type);
        }

        return values.ToArray();
    }

    /// <summary>The typed error for each message QEMU (and so the port) can give for these inputs.</summary>
    public static PlanErrorKind ErrorKind(string message) =>
        message.StartsWith("Address space limit ", StringComparison.Ordinal) ? PlanErrorKind.AddressPastWidth
        : message.StartsWith("Machine option 'max-ram-below-4g=", StringComparison.Ordinal) ? PlanErrorKind.LimitTooLarge
        : message.StartsWith("unsupported amount of maximum memory: ", StringComparison.Ordinal) ? PlanErrorKind.MemoryOverflow
        : message.StartsWith("unsupported amount of memory slots: ", StringComparison.Ordinal) ? PlanErrorKind.TooManySlots
        : message.StartsWith("maximum memory size must by aligned", StringComparison.Ordinal) ? PlanErrorKind.MaxRamNotAligned
        : message.StartsWith("assertion failed: ", StringComparison.Ordinal) ? PlanErrorKind.GapClosed
        : throw new ArgumentException("no error kind for QEMU's message: " + message);

    public static string Describe(ulong[] plan) =>
        plan[0] != 0 ? ((PlanErrorKind)plan[0]).ToString() : string.Join(" ", Array.ConvertAll(plan, value => value.ToString("x")));
}
