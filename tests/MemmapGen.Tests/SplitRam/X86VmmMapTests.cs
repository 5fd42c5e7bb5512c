using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests.SplitRam;

/// <summary>
/// The generated planners of Firecracker's and Cloud Hypervisor's x86_64 maps (<see cref="X86VmmMaps"/>) against
/// layouts computed here from each VMM's published rules, independently of the generator. Sources:
/// firecracker-microvm/firecracker 81b38b9dad60 (main after v1.16.0: <c>arch_memory_regions</c>,
/// <c>arch_memory_regions_with_gap</c>, <c>configure_64bit_boot</c>) and cloud-hypervisor/cloud-hypervisor
/// ae44c2971c83 (main after v53.0: <c>arch_memory_regions</c>, <c>MemoryManager::start_addr</c>, <c>new</c>,
/// <c>configure_system</c>).
/// </summary>
public sealed class X86VmmMapTests
{
    private const ulong KiB = 1UL << 10, MiB = 1UL << 20, GiB = 1UL << 30, TiB = 1UL << 40;
    private const ulong Ram = 1, Reserved = 2;

    private static readonly Lazy<(Func<ulong, int, ulong[]> Firecracker, Func<ulong, ulong, int, ulong, ulong[]> CloudHypervisor)> Planners = new(() =>
    {
        var probe = GeneratorHarness.Run(X86VmmMaps.Source, X86VmmMaps.Probe).Load().GetType("Probe")!;
        return (
            probe.GetMethod("Firecracker", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<ulong, int, ulong[]>>(),
            probe.GetMethod("CloudHypervisor", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<ulong, ulong, int, ulong, ulong[]>>());
    });

    public static TheoryData<ulong> FirecrackerSizes => new()
    {
        128 * MiB, 3 * GiB - 4 * KiB, 3 * GiB, 3 * GiB + 1, 3 * GiB + 4 * KiB, 3 * GiB + 1 * MiB, 8 * GiB,
        255 * GiB, 255 * GiB + 4 * KiB, 1 * TiB, 64 * TiB, ulong.MaxValue - 257 * GiB,
    };

    public static TheoryData<ulong, ulong, int> CloudHypervisorInputs => new()
    {
        { 512 * MiB, 0, 46 }, { 512 * MiB, 4 * GiB, 46 }, { 3 * GiB, 0, 39 }, { 3 * GiB, 1 * GiB, 39 },
        { 3 * GiB + 4 * KiB, 0, 46 }, { 3 * GiB + 4 * KiB, 2 * GiB, 46 }, { 3 * GiB + 128 * MiB, 128 * MiB, 40 },
        { 16 * GiB, 0, 40 }, { 16 * GiB, 16 * GiB, 40 }, { 1 * TiB, 0, 46 }, { 1 * TiB + 4 * KiB, 64 * GiB, 52 },
    };

    [Theory]
    [MemberData(nameof(FirecrackerSizes))]
    public void Firecracker_banks_and_e820_follow_its_gaps(ulong ramSize)
    {
        var plan = Planners.Value.Firecracker(ramSize, 64);
        Assert.Equal(0UL, plan[0]);

        var banks = Pairs(plan, 1, 3).Where(bank => bank.Size != 0).ToList();
        Assert.Equal(FirecrackerRegions(ramSize), banks);
        // The highest used address counts the last bank at its base even when it holds no RAM (the spec's rule, not
        // Firecracker's: it has no such figure), so it is at least 512 GiB - 1.
        var last = banks[^1];
        Assert.Equal(Math.Max(last.Base + last.Size, 512 * GiB) - 1, plan[7]);

        // Firecracker's boot e820 is the generated list (MMCONFIG reserved, then each bank) with its first MiB
        // carved up: RAM below SYSTEM_MEM_START, the ACPI area reserved, RAM resuming at HIMEM_START.
        var e820 = Triples(plan, 8);
        Assert.Equal(FirecrackerBootE820(ramSize), LowMemoryCarved(e820, [(0, 0x9FC00, Ram), (0x9FC00, 0x4_0400, Reserved)]));
    }

    /// <summary>Past <c>usize::MAX - 257 GiB</c> Firecracker truncates DRAM with a warning; a plan refuses it.</summary>
    [Theory]
    [InlineData(ulong.MaxValue - 257 * GiB + 1)]
    [InlineData(ulong.MaxValue)]
    public void Firecracker_sizes_it_would_truncate_are_refused(ulong ramSize) =>
        Assert.NotEqual(0UL, Planners.Value.Firecracker(ramSize, 64)[0]);

    [Theory]
    [MemberData(nameof(CloudHypervisorInputs))]
    public void Cloud_Hypervisor_banks_device_area_and_e820_follow_its_rules(ulong ramSize, ulong hotplug, int physBits)
    {
        var expected = CloudHypervisorLayout(ramSize, hotplug, physBits);
        var plan = Planners.Value.CloudHypervisor(ramSize, hotplug, physBits, expected.DeviceAreaSize);
        Assert.Equal(0UL, plan[0]);

        var banks = Pairs(plan, 1, 2).Where(bank => bank.Size != 0).ToList();
        Assert.Equal(expected.Banks, banks);
        Assert.Equal(hotplug == 0 ? 0 : expected.HotplugStart, plan[5]);
        Assert.Equal(hotplug, plan[6]);
        Assert.Equal(expected.DeviceAreaStart, plan[7]);
        Assert.Equal(expected.DeviceAreaSize, plan[8]);
        Assert.Equal(expected.DeviceAreaStart + expected.DeviceAreaSize - 1, plan[9]);

        // Its e820: RAM below EBDA_START, RAM from HIGH_RAM_START, RAM from 4 GiB, MMCONFIG reserved last.
        var e820 = Triples(plan, 10);
        var reserved = e820.Where(entry => entry.Type == Reserved).ToList();
        var carved = LowMemoryCarved(e820.Where(entry => entry.Type == Ram).ToList(), [(0, 0xA_0000, Ram)]);
        Assert.Equal(CloudHypervisorBootE820(ramSize), carved.Concat(reserved).ToList());
    }

    /// <summary>RAM past the width, and a device area past 2^64, are refused rather than wrapped.</summary>
    [Fact]
    public void Cloud_Hypervisor_RAM_past_the_width_is_refused()
    {
        Assert.NotEqual(0UL, Planners.Value.CloudHypervisor(1 * TiB, 0, 40, 1 * GiB)[0]);
        Assert.NotEqual(0UL, Planners.Value.CloudHypervisor(ulong.MaxValue - 8 * GiB, 4 * GiB, 64, 8 * GiB)[0]);
    }

    /// <summary>Firecracker's <c>arch_memory_regions</c>: DRAM split around [3 GiB, 4 GiB) and [256 GiB, 512 GiB).</summary>
    private static List<(ulong Base, ulong Size)> FirecrackerRegions(ulong size)
    {
        var regions = new List<(ulong, ulong)>();
        var (start, remaining) = (0UL, size);
        foreach (var (gapStart, gapSize) in new[] { (3 * GiB, 1 * GiB), (256 * GiB, 256 * GiB) })
        {
            if (start + remaining <= gapStart)
            {
                regions.Add((start, remaining));
                return regions;
            }

            regions.Add((start, gapStart - start));
            (start, remaining) = (gapStart + gapSize, remaining - (gapStart - start));
        }

        regions.Add((start, remaining));
        return regions;
    }

    private static List<(ulong, ulong, ulong)> FirecrackerBootE820(ulong size)
    {
        var e820 = new List<(ulong, ulong, ulong)> { (0, 0x9FC00, Ram), (0x9FC00, 0xE_0000 - 0x9FC00, Reserved), (0xEEC0_0000, 256 * MiB, Reserved) };
        foreach (var (start, length) in FirecrackerRegions(size))
        {
            var from = Math.Max(1 * MiB, start);
            e820.Add((from, start + length - from, Ram));
        }

        return e820;
    }

    /// <summary>Cloud Hypervisor's banks, <c>start_addr</c> (ACPI hot-plug) and device area for a width.</summary>
    private static (List<(ulong Base, ulong Size)> Banks, ulong HotplugStart, ulong DeviceAreaStart, ulong DeviceAreaSize) CloudHypervisorLayout(ulong size, ulong hotplug, int bits)
    {
        var low = Math.Min(size, 3 * GiB);
        var banks = new List<(ulong, ulong)> { (0, low) };
        if (size > low)
        {
            banks.Add((4 * GiB, size - low));
        }

        var memEnd = size > low ? 4 * GiB + (size - low) - 1 : low - 1;
        var start = memEnd < 3 * GiB ? 4 * GiB : (hotplug != 0 ? memEnd | (128 * MiB - 1) : memEnd) + 1;
        var deviceArea = start + hotplug;
        var end = (1UL << bits) - 64 * KiB - 1 * MiB - 1;
        return (banks, start, deviceArea, end - deviceArea + 1);
    }

    private static List<(ulong, ulong, ulong)> CloudHypervisorBootE820(ulong size)
    {
        var memEnd = size > 3 * GiB ? 4 * GiB + (size - 3 * GiB) - 1 : size - 1;
        var e820 = new List<(ulong, ulong, ulong)> { (0, 0xA_0000, Ram) };
        if (memEnd < 3 * GiB)
        {
            e820.Add((1 * MiB, memEnd - 1 * MiB + 1, Ram));
        }
        else
        {
            e820.Add((1 * MiB, 3 * GiB - 1 * MiB, Ram));
            if (memEnd > 4 * GiB)
            {
                e820.Add((4 * GiB, memEnd - 4 * GiB + 1, Ram));
            }
        }

        e820.Add((0xE800_0000, 256 * MiB, Reserved));
        return e820;
    }

    /// <summary>A generated e820 list with the bank at 0 starting at 1 MiB instead, after the VMM's low entries.</summary>
    private static List<(ulong, ulong, ulong)> LowMemoryCarved(List<(ulong Base, ulong Size, ulong Type)> e820, (ulong, ulong, ulong)[] low)
    {
        var carved = new List<(ulong, ulong, ulong)>(low);
        foreach (var entry in e820)
        {
            carved.Add(entry.Type == Ram && entry.Base == 0 ? (1 * MiB, entry.Size - 1 * MiB, Ram) : entry);
        }

        return carved;
    }

    private static IEnumerable<(ulong Base, ulong Size)> Pairs(ulong[] plan, int from, int count) =>
        Enumerable.Range(0, count).Select(i => (plan[from + (2 * i)], plan[from + (2 * i) + 1]));

    private static List<(ulong Base, ulong Size, ulong Type)> Triples(ulong[] plan, int from) =>
        Enumerable.Range(0, (plan.Length - from) / 3).Select(i => (plan[from + (3 * i)], plan[from + (3 * i) + 1], plan[from + (3 * i) + 2])).ToList();
}
