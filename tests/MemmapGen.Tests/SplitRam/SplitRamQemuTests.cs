using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Tests.SplitRam;

/// <summary>
/// The generated planners of QEMU's pc and q35 maps (declared with banks in <see cref="QemuPcMaps"/>) against the port
/// of QEMU's own code (<see cref="QemuPcPort"/>): every layout column, the e820 list, the reserved-memory end and the
/// error kind. QEMU's warnings are its wording, not part of a plan.
/// </summary>
/// <remarks>
/// Where QEMU's uint64_t arithmetic wraps (a maximum RAM size or a pci-hole64-size near 2^64), the generated planner
/// refuses the plan with a typed error instead, as every MemmapGen planner does; QEMU may then fail with another error
/// or start with a wrapped 64-bit hole. Those inputs are counted apart (<see cref="Wraps"/>) and only required to fail;
/// docs/split-ram.md lists the cases.
/// </remarks>
public sealed class SplitRamQemuTests
{
    private const ulong KiB = 1UL << 10, MiB = 1UL << 20, GiB = 1UL << 30, TiB = 1UL << 40;

    private readonly ITestOutputHelper _output;

    public SplitRamQemuTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_input_of_the_vector_file_plans_as_QEMU_does()
    {
        var rows = PcVectorFile.Read(PcVectorFile.DefaultPath);
        var tally = Check(rows.Select(row => row.ToInput()), input => SplitPlanner.Instance.Plan(input));
        _output.WriteLine(tally.ToString());
        Assert.Equal(9_792, rows.Count);
        Assert.Equal(9_792, tally.Agree);
        Assert.Equal(2_880, tally.Errors);
        Assert.Equal(0, tally.Wrapped);
    }

    [Fact]
    public void Seeded_random_inputs_beyond_the_grid_plan_as_QEMU_does()
    {
        var random = new Random(20260212);
        var inputs = Enumerable.Range(0, 5_000).Select(_ => RandomInput(random)).ToList();
        var tally = Check(inputs, input => SplitPlanner.Instance.Plan(input));
        _output.WriteLine(tally.ToString());
        Assert.Equal(inputs.Count, tally.Agree + tally.Wrapped);
        Assert.True(tally.Errors > 500 && tally.Agree - tally.Errors > 2_000, tally.ToString());
    }

    /// <summary>Each version's defaults are the compat flags QEMU's machine types of that version set.</summary>
    [Fact]
    public void Machine_versions_set_QEMUs_compat_flags()
    {
        var random = new Random(7);
        var inputs = new List<PcInput>();
        var versions = new List<int>();
        for (var i = 0; i < 2_000; i++)
        {
            var version = random.Next(6); // V2_10, V2_11, V7_0, V7_1, V8_1, V8_2
            versions.Add(version);
            inputs.Add(RandomInput(random) with
            {
                EnforceAmd1TbHole = version >= 3,
                Broken32BitMemAddrCheck = version <= 4,
                PciHole64Fix = version >= 1,
            });
        }

        var index = 0;
        var tally = Check(inputs, input => SplitPlanner.Instance.PlanForVersion(input, versions[index++]));
        _output.WriteLine(tally.ToString());
        Assert.Equal(inputs.Count, tally.Agree + tally.Wrapped);
    }

    private Tally Check(IEnumerable<PcInput> inputs, Func<PcInput, ulong[]> plan)
    {
        var tally = new Tally();
        var mismatches = new List<string>();
        foreach (var input in inputs)
        {
            var expected = SplitPlan.FromPort(QemuPcPort.Run(input));
            var actual = plan(input);
            if (Wraps(input))
            {
                // QEMU wraps; the generated planner must refuse (or, if it plans, agree).
                if (actual[0] != 0 || actual.SequenceEqual(expected))
                {
                    tally.Wrapped++;
                    tally.WrappedQemuFails += expected[0] != 0 ? 1 : 0;
                    continue;
                }
            }
            else if (actual.SequenceEqual(expected))
            {
                tally.Agree++;
                tally.Errors += expected[0] != 0 ? 1 : 0;
                continue;
            }

            if (mismatches.Count < 10)
            {
                mismatches.Add($"{input}\n  QEMU:      {SplitPlan.Describe(expected)}\n  generated: {SplitPlan.Describe(actual)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        return tally;
    }

    /// <summary>
    /// Whether QEMU's placement wraps past 2^64 for this input, above-4G RAM at 4 GiB or relocated to 1 TiB: device
    /// memory, its rounded end, or the 64-bit hole (based on the last of those, rounded to 1 GiB).
    /// </summary>
    private static bool Wraps(PcInput input)
    {
        var above = (UInt128)(input.RamSize - Below4G(input));
        var hole64 = (UInt128)(input.PciHole64Size ?? (input.Machine == PcMachine.Pc ? 2 * GiB : 32 * GiB));
        var top = (UInt128)ulong.MaxValue;
        foreach (var start in new UInt128[] { 4 * GiB, TiB })
        {
            var end = start + above;
            if (input.MaxRamSize > input.RamSize)
            {
                end = RoundUp(end) + (input.MaxRamSize - input.RamSize) + (UInt128)input.RamSlots * GiB;
                if (end > top || RoundUp(end) > top)
                {
                    return true;
                }
            }

            if (RoundUp(end) + hole64 > top + 1)
            {
                return true;
            }
        }

        return false;
    }

    private static UInt128 RoundUp(UInt128 value) => (value + GiB - 1) / GiB * GiB;

    /// <summary>QEMU's RAM split (pc_init1 / pc_q35_init), for an input whose max-ram-below-4g is valid.</summary>
    private static ulong Below4G(PcInput input)
    {
        var maxBelow = input.MaxRamBelow4G is null or 0 ? 0 : Math.Min(input.MaxRamBelow4G.Value, 4 * GiB);
        ulong lowmem;
        if (input.Machine == PcMachine.Pc)
        {
            lowmem = maxBelow == 0 ? 0xE000_0000 : maxBelow;
            if (input.RamSize >= lowmem && input.GigabyteAlign)
            {
                lowmem = Math.Min(lowmem, 0xC000_0000);
            }
        }
        else
        {
            lowmem = Math.Min(input.RamSize >= 0xB000_0000 ? 0x8000_0000UL : 0xB000_0000UL, maxBelow == 0 ? 4 * GiB : maxBelow);
        }

        return Math.Min(input.RamSize, lowmem);
    }

    /// <summary>
    /// An input off the vector grid: any max-ram-below-4g, 32-bit guests (phys-bits 32 or 36, either check), hole64
    /// sizes from 0 to 2^64 - 1, 0..300 slots, maxmem not page-aligned or near 2^64, phys-bits 32..52.
    /// </summary>
    private static PcInput RandomInput(Random random)
    {
        var longMode = random.Next(6) != 0;
        var ram = random.Next(5) switch
        {
            0 => (ulong)random.NextInt64(1, 2048) * GiB,
            1 => (ulong)random.NextInt64(1, 4 * 1024) * MiB,
            2 => (ulong)random.NextInt64(256, 1 << 20) * 4 * KiB,
            3 => (ulong)random.NextInt64(900, 1100) * GiB + (ulong)random.NextInt64(0, 1024) * MiB,
            _ => new[] { 0xB000_0000UL, 0xE000_0000UL, 0xC000_0000UL, 0xFEC0_0000UL, 4 * GiB, 3584 * MiB }[random.Next(6)],
        };
        var maxRam = random.Next(12) switch
        {
            < 7 => ram,
            7 => ram + (ulong)random.NextInt64(1, 4096) * GiB,
            8 => ram + (ulong)random.NextInt64(1, 1 << 20) * 4 * KiB,
            9 => ram + (ulong)random.NextInt64(1, 4096), // not page-aligned (mostly)
            10 => ulong.MaxValue - (ulong)random.NextInt64(0, 8) * 4 * KiB,
            _ => ulong.MaxValue - (ulong)random.NextInt64(0, 1 << 30) * GiB / 1024,
        };
        ulong? maxBelow = random.Next(3) == 0
            ? random.Next(4) switch
            {
                0 => new[] { 512 * KiB, 1 * GiB, 2 * GiB, 0xD000_0000, 0xE000_0000, 0xF000_0000, 4 * GiB, 4 * GiB + 1 }[random.Next(8)],
                1 => (ulong)random.NextInt64(1, 4096) * MiB,
                2 => (ulong)random.NextInt64(0, 1L << 33),
                _ => 0xFEC0_0000UL + (ulong)random.NextInt64(-2, 3) * 4 * KiB,
            }
            : null;
        ulong? hole64 = random.Next(2) == 0
            ? random.Next(6) switch
            {
                0 => 0,
                1 => new[] { 1 * GiB, 64 * GiB, 512 * GiB, TiB, 4 * TiB }[random.Next(5)],
                2 => (ulong)random.NextInt64(1, 1L << 50),
                3 => 1UL << random.Next(40, 64),
                4 => random.Next(4) == 0 ? ulong.MaxValue - (ulong)random.NextInt64(0, 1L << 40) : 128 * GiB,
                _ => (ulong)random.NextInt64(1, 1 << 12) * GiB,
            }
            : null;
        return new PcInput
        {
            Machine = random.Next(2) == 0 ? PcMachine.Pc : PcMachine.Q35,
            CpuVendor = random.Next(2) == 0 ? CpuVendor.Amd : CpuVendor.Intel,
            LongMode = longMode,
            PhysBits = longMode ? random.Next(32, 53) : random.Next(2) == 0 ? 32 : 36,
            RamSize = ram,
            MaxRamSize = maxRam,
            RamSlots = maxRam > ram || random.Next(4) == 0 ? (ulong)random.Next(0, 301) : 0,
            MaxRamBelow4G = maxBelow,
            GigabyteAlign = random.Next(4) != 0,
            EnforceAmd1TbHole = random.Next(4) != 0,
            Broken32BitMemAddrCheck = random.Next(2) == 0,
            PciHole64Fix = random.Next(4) != 0,
            PciHole64Size = hole64,
        };
    }

    private sealed class Tally
    {
        public int Agree;
        public int Errors;
        public int Wrapped;
        public int WrappedQemuFails;

        public override string ToString() =>
            $"{Agree} agree with QEMU ({Errors} of them errors, {Agree - Errors} layouts); {Wrapped} where QEMU wraps "
            + $"refused ({WrappedQemuFails} of them QEMU also refuses)";
    }
}
