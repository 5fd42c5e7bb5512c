using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MemmapGen;
using Sample.Virt;

namespace Benchmarks;

/// <summary>
/// The two planners must give the same answer before their speed means anything: same error, or the same floating
/// bases, sizes and enabled flags, highest GPA and device memory. The port is also checked against QEMU's own vectors.
/// </summary>
public static class Agreement
{
    /// <summary>The generated planner's options for a QEMU machine (highmem=off is a 32-bit address space).</summary>
    public static VirtMemmap.PlanOptions ToOptions(in QemuMachine machine) => new()
    {
        RamSize = machine.RamSize,
        MaxRamSize = machine.MaxRamSize,
        RamSlots = checked((uint)machine.RamSlots),
        PhysAddrBits = machine.Highmem ? machine.PaBits : 32,
        FloatingLayout = machine.HighmemCompact ? FloatingLayout.Compact : FloatingLayout.Legacy,
        EnableHighGicRedist2 = machine.HighmemRedists,
        EnableHighPcieEcam = machine.HighmemEcam,
        EnableHighPcieMmio = machine.HighmemMmio,
        HighPcieMmioSize = machine.HighmemMmioSizeSet ? machine.HighmemMmioSize : null,
    };

    /// <summary>Throws unless both planners agree on every machine.</summary>
    public static void AssertPlannersAgree(IEnumerable<QemuMachine> machines)
    {
        var ports = new[] { new QemuPort(), new QemuPort(copyBaseMemmap: false) };
        var failures = machines.Distinct()
            .SelectMany(machine => ports.Select(port => (machine, difference: ComparePlanners(port, machine))))
            .Where(result => result.difference is not null)
            .Select(result => $"{result.machine}: {result.difference}")
            .ToList();
        if (failures.Count > 0)
            throw new InvalidOperationException($"the generated planner and the QEMU port disagree on {failures.Count} input(s):\n" + string.Join('\n', failures.Take(20)));
    }

    /// <summary>Throws unless the port reproduces QEMU's vectors: everything for the commits it ports, all but the CXL-rounded highest GPA at head.</summary>
    public static void AssertPortMatchesVectors(IEnumerable<VectorRow> rows)
    {
        var port = new QemuPort();
        var failures = rows
            .Select(row => (row, difference: CompareWithVector(port, row)))
            .Where(result => result.difference is not null)
            .Select(result => $"{result.row.CommitLabel} {result.row.Machine}: {result.difference}")
            .ToList();
        if (failures.Count > 0)
            throw new InvalidOperationException($"the QEMU port differs from {failures.Count} vector row(s):\n" + string.Join('\n', failures.Take(20)));
    }

    /// <summary>Null when both planners give the same result for this machine, else what differs.</summary>
    public static string? ComparePlanners(QemuPort port, in QemuMachine machine)
    {
        bool portOk = port.Plan(in machine);
        var options = ToOptions(in machine);
        bool generatedOk = VirtMemmap.TryPlan(in options, out var layout, out var error);
        if (!portOk || !generatedOk)
        {
            if (portOk || generatedOk || ErrorKindOf(port.Error) != error.Kind)
                return $"port {(portOk ? "planned" : port.Error.ToString())}, generated {(generatedOk ? "planned" : error.Kind.ToString())}";
            return port.Error == PortError.AddressingLimited && port.ErrorValue != error.Value
                ? $"excess {port.ErrorValue:X} vs {error.Value:X}"
                : null;
        }

        var placements = new[] { layout.HighGicRedist2, layout.HighPcieEcam, layout.HighPcieMmio };
        for (int i = 0; i < QemuPort.FloatingCount; i++)
        {
            var entry = port.Floating(i);
            if (placements[i].Base != entry.Base || placements[i].Size != entry.Size || placements[i].Enabled != port.Enabled[i])
                return $"floating region {i}: port {entry.Base:X}+{entry.Size:X} {port.Enabled[i]}, generated {placements[i]}";
        }
        if (layout.HighestGpa != port.HighestGpa)
            return $"highest GPA {port.HighestGpa:X} vs {layout.HighestGpa:X}";
        if (layout.DeviceMemory.Base != port.DeviceMemoryBase || layout.DeviceMemory.Size != port.DeviceMemorySize)
            return $"device memory {port.DeviceMemoryBase:X}+{port.DeviceMemorySize:X} vs {layout.DeviceMemory}";
        return null;
    }

    private static string? CompareWithVector(QemuPort port, VectorRow row)
    {
        bool ok = port.Plan(row.Machine);
        if (row.Error.Length > 0)
        {
            var (expected, excess) = ParseError(row.Error);
            if (ok || port.Error != expected)
                return $"expected {expected} ({row.Error}), port {(ok ? "planned" : port.Error.ToString())}";
            return expected == PortError.AddressingLimited && excess != port.ErrorValue ? $"excess {port.ErrorValue} vs {excess}" : null;
        }
        if (!ok)
            return $"port failed with {port.Error}";
        for (int i = 0; i < row.Fixed.Length; i++)
        {
            if (row.Fixed[i] != port.Memmap[i])
                return $"fixed entry {i}: QEMU {row.Fixed[i]}, port {port.Memmap[i]}";
        }
        for (int i = 0; i < QemuPort.FloatingCount; i++)
        {
            var entry = port.Floating(i);
            if (row.Bases[i] != entry.Base || row.Sizes[i] != entry.Size || row.Enabled[i] != port.Enabled[i])
                return $"floating region {i}: QEMU {row.Bases[i]:X}+{row.Sizes[i]:X} {row.Enabled[i]}, port {entry.Base:X}+{entry.Size:X} {port.Enabled[i]}";
        }
        // Head also rounds the highest GPA to 256 MiB for CXL (not part of the ported code).
        if (row.CommitLabel != "head" && row.HighestGpa != port.HighestGpa)
            return $"highest GPA QEMU {row.HighestGpa:X}, port {port.HighestGpa:X}";
        if (row.DeviceMemoryBase != port.DeviceMemoryBase || row.DeviceMemorySize != port.DeviceMemorySize)
            return $"device memory QEMU {row.DeviceMemoryBase:X}+{row.DeviceMemorySize:X}, port {port.DeviceMemoryBase:X}+{port.DeviceMemorySize:X}";
        return null;
    }

    private static PlanErrorKind ErrorKindOf(PortError error) => error switch
    {
        PortError.UnsupportedSlots => PlanErrorKind.TooManySlots,
        PortError.AddressingLimited => PlanErrorKind.MemoryExceedsAddressSpace,
        PortError.MaxmemSlotsTooHuge => PlanErrorKind.MemoryOverflow,
        PortError.MmioSizeNotPowerOfTwo => PlanErrorKind.SizeNotPowerOfTwo,
        PortError.MmioSizeBelowDefault => PlanErrorKind.SizeBelowDeclared,
        _ => PlanErrorKind.None,
    };

    // QEMU's messages, verbatim in the vectors.
    private static (PortError Error, ulong Excess) ParseError(string message)
    {
        if (message.StartsWith("unsupported number of memory slots", StringComparison.Ordinal)) return (PortError.UnsupportedSlots, 0);
        if (message.StartsWith("maxmem/slots too huge", StringComparison.Ordinal)) return (PortError.MaxmemSlotsTooHuge, 0);
        if (message.Contains("is not a power of 2", StringComparison.Ordinal)) return (PortError.MmioSizeNotPowerOfTwo, 0);
        if (message.Contains("cannot be set to a lower value", StringComparison.Ordinal)) return (PortError.MmioSizeBelowDefault, 0);
        const string by = "exceeds it by ";
        int at = message.IndexOf(by, StringComparison.Ordinal);
        if (message.StartsWith("Addressing limited", StringComparison.Ordinal) && at >= 0)
            return (PortError.AddressingLimited, ulong.Parse(message[(at + by.Length)..].Split(' ')[0], CultureInfo.InvariantCulture));
        throw new FormatException("unknown QEMU error: " + message);
    }
}
