using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>
/// Inputs beyond the vector file, through the command line twice: planned by the sample's generated planners and by
/// the reference port. Output and exit code must be identical. The grids are the vector README's other blocks
/// (32-bit CPUs, pci-hole64-size, max-ram-below-4g, edge cases); the random inputs cover versions and everything else.
/// </summary>
public sealed class AgreementTests
{
    private const ulong MiB = 1UL << 20;
    private const ulong GiB = 1UL << 30;
    private const ulong TiB = 1UL << 40;

    [Fact]
    public void Cpu32_block() => Agree(Cpu32());

    [Fact]
    public void Hole64_size_block() => Agree(Hole64Size());

    [Fact]
    public void Max_ram_below_4g_block() => Agree(MaxRamBelow4G());

    [Fact]
    public void Edge_block() => Assert.Contains("unsupported amount of maximum memory", Agree(Edge()));

    /// <summary>
    /// Where QEMU's uint64_t sums wrap (maxmem close to 2^64 with enough slots), QEMU plans a wrapped, tiny device
    /// memory or checks phys-bits against a wrapped address; the planner refuses any placement past 2^64 instead.
    /// </summary>
    [Fact]
    public void Device_memory_past_2_64_is_refused_where_qemu_wraps()
    {
        string[] args = ["-M", "pc", "-m", "3584,maxmem=18446744073709547520,slots=4", "--json"];

        var port = CliRunner.Run(PortPlanner.TryPlan, args);
        Assert.Equal(0, port.Exit);
        Assert.Contains("\"deviceMemory\":{\"base\":\"0x140000000\",\"size\":\"0x1ffff000\"}", port.Stdout, StringComparison.Ordinal);

        Assert.Equal((1, "{\"error\":\"unsupported amount of maximum memory: fffffffffffff000\"}\n", ""), CliRunner.Run(PcBoard.TryPlan, args));
    }

    [Fact]
    public void Random_inputs()
    {
        var errors = Agree(RandomArgs(new Random(20260213), 20000));

        // The inputs reach every refusal QEMU's memory code has but the overflow, which the edge block reaches.
        Assert.Equal(
            ["Address space limit", "Machine option 'max-ram-below-4g", "assertion failed", "maximum memory size must by aligned to multiple of 4096 bytes",
             "unsupported amount of memory slots"],
            errors.Order(StringComparer.Ordinal));
    }

    // Runs each case both ways; returns the kinds of QEMU error met (their text before the first number).
    private static HashSet<string> Agree(IEnumerable<string[]> cases)
    {
        var mismatches = new List<string>();
        var count = 0;
        var errors = new HashSet<string>();
        foreach (var args in cases)
        {
            count++;
            var sample = CliRunner.Run(PcBoard.TryPlan, args);
            var port = CliRunner.Run(PortPlanner.TryPlan, args);
            if (sample != port)
            {
                mismatches.Add($"{string.Join(' ', args)}\n  port   {port.Exit} {port.Stdout.TrimEnd()} {port.Stderr.TrimEnd()}\n  sample {sample.Exit} {sample.Stdout.TrimEnd()} {sample.Stderr.TrimEnd()}");
            }

            if (port.Exit == 1)
            {
                var error = JsonDocument.Parse(port.Stdout).RootElement.GetProperty("error").GetString()!;
                errors.Add(Regex.Split(error, ": | 0x|=")[0]);
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {count} differ\n" + string.Join("\n", mismatches.Take(10)));
        return errors;
    }

    private static IEnumerable<string[]> Cpu32()
    {
        foreach (var (machine, vendor, broken) in Cross(["pc", "q35"], ["AuthenticAMD", "GenuineIntel"], [false, true]))
        {
            foreach (var ram in new[] { 2 * GiB, 3584 * MiB, 4 * GiB, 8 * GiB, 64 * GiB })
            {
                foreach (var hotplug in new[] { false, true })
                {
                    foreach (var bits in new[] { 32, 36 })
                    {
                        yield return Args(new PcInput
                        {
                            Machine = machine == "pc" ? PcMachine.Pc : PcMachine.Q35,
                            CpuVendor = vendor == "AuthenticAMD" ? CpuVendor.Amd : CpuVendor.Intel,
                            LongMode = false,
                            PhysBits = bits,
                            RamSize = ram,
                            MaxRamSize = hotplug ? ram + 64 * GiB : ram,
                            RamSlots = hotplug ? 4UL : 0,
                            Broken32BitMemAddrCheck = broken,
                        });
                    }
                }
            }
        }
    }

    private static IEnumerable<string[]> Hole64Size()
    {
        foreach (var (machine, vendor, bits) in Cross([PcMachine.Pc, PcMachine.Q35], [CpuVendor.Amd, CpuVendor.Intel], [40, 48]))
        {
            foreach (var size in new[] { 0UL, 64 * GiB, 512 * GiB, TiB })
            {
                foreach (var ram in new[] { 4 * GiB, 8 * GiB, 256 * GiB, 512 * GiB, 900 * GiB, 978 * GiB, 1009 * GiB })
                {
                    foreach (var hotplug in new[] { false, true })
                    {
                        yield return Args(Input(machine, vendor, bits, ram, hotplug) with { PciHole64Size = size });
                    }
                }
            }
        }
    }

    private static IEnumerable<string[]> MaxRamBelow4G()
    {
        foreach (var machine in new[] { PcMachine.Pc, PcMachine.Q35 })
        {
            foreach (var limit in new[] { 512 * 1024UL, GiB, 0xD000_0000, 0xF000_0000, 4 * GiB, 4 * GiB + 1 })
            {
                foreach (var ram in new[] { 512 * MiB, 2 * GiB, 3 * GiB, 3584 * MiB, 3840 * MiB, 4 * GiB, 8 * GiB, 1010 * GiB })
                {
                    foreach (var align in machine == PcMachine.Pc ? new[] { true, false } : [true])
                    {
                        yield return Args(Input(machine, CpuVendor.Amd, 48, ram, false) with { MaxRamBelow4G = limit, GigabyteAlign = align });
                    }
                }
            }
        }
    }

    private static IEnumerable<string[]> Edge()
    {
        foreach (var (machine, vendor) in Cross([PcMachine.Pc, PcMachine.Q35], [CpuVendor.Amd, CpuVendor.Intel]))
        {
            var basic = Input(machine, vendor, 48, 4 * GiB, false);
            yield return Args(basic with { MaxRamSize = 260 * GiB, RamSlots = 256 });
            yield return Args(basic with { MaxRamSize = 260 * GiB, RamSlots = 257 });
            yield return Args(basic with { MaxRamSize = 8 * GiB + 512, RamSlots = 1 });
            foreach (var bits in new[] { 48, 52 })
            {
                yield return Args(basic with { PhysBits = bits, MaxRamSize = 0xffff_ffff_ffff_f000, RamSlots = 1 });
            }

            foreach (var bits in new[] { 40, 41 })
            {
                yield return Args(basic with { PhysBits = bits, RamSize = 1009 * GiB, MaxRamSize = 1010 * GiB, RamSlots = 1 });
            }

            foreach (var bits in new[] { 42, 43 })
            {
                yield return Args(basic with { PhysBits = bits, RamSize = 2 * TiB, MaxRamSize = 4 * TiB, RamSlots = 16 });
            }
        }
    }

    // Arguments QEMU users write: machine versions rather than flags, suffixed sizes, partial -cpu options.
    private static IEnumerable<string[]> RandomArgs(Random random, int count)
    {
        var types = MachineType.All.Select(t => t.Name).ToArray();
        ulong[] rams = [128 * MiB, 512 * MiB, 2 * GiB, 2816 * MiB, 3 * GiB, 3584 * MiB, 4070 * MiB, 4 * GiB, 8 * GiB, 64 * GiB, 900 * GiB, 941 * GiB, 978 * GiB, 979 * GiB, 1009 * GiB, 1010 * GiB, TiB, 2 * TiB, 16 * TiB];
        for (var i = 0; i < count; i++)
        {
            var args = new List<string>();
            var machine = Pick(random, types);
            var props = new List<string>();
            if (random.Next(3) == 0)
            {
                props.Add("max-ram-below-4g=" + Pick(random, ["0", "512K", "1M", "1G", "1536M", "2G", "0xc0000001", "3G", "3328M", "3.5G", "0xfec00000", "0xff000000", "4G", "4294967297", "5G", ((ulong)random.Next(1, 65536) * 65536).ToString(CultureInfo.InvariantCulture)]));
            }

            foreach (var flag in new[] { "enforce-amd-1tb-hole", "broken-32bit-mem-addr-check", "gigabyte-align" })
            {
                if (random.Next(4) == 0)
                {
                    props.Add(flag + "=" + Pick(random, ["on", "off"]));
                }
            }

            args.AddRange(["-M", string.Join(",", new[] { machine }.Concat(props))]);
            var ram = random.Next(4) == 0 ? (ulong)random.NextInt64(1, 2L << 40) & ~(8 * 1024UL - 1) : Pick(random, rams);
            var memory = ram % MiB == 0 ? (ram / MiB).ToString(CultureInfo.InvariantCulture) : ram.ToString(CultureInfo.InvariantCulture) + "B";
            if (random.Next(3) == 0)
            {
                // No maxmem near 2^64: there QEMU's sums wrap (see Device_memory_past_2_64_is_refused_where_qemu_wraps).
                var extra = Pick<ulong>(random, [64 * GiB, GiB, 4096, 1, 0x10_0000_0000, (ulong)random.NextInt64(1, 1L << 42)]);
                memory += ",maxmem=" + unchecked(ram + extra).ToString(CultureInfo.InvariantCulture) + ",slots=" + Pick(random, ["0", "1", "4", "16", "256", "257"]);
            }

            args.AddRange(["-m", memory]);
            var longMode = random.Next(5) != 0;
            var cpu = "qemu64" + (random.Next(2) == 0 ? ",vendor=" + Pick(random, ["AuthenticAMD", "GenuineIntel", "HygonGenuine"]) : "");
            cpu += longMode ? ",phys-bits=" + Pick(random, ["0", "32", "36", "39", "40", "41", "42", "46", "48", "52"]) : ",lm=off" + Pick(random, ["", ",phys-bits=32", ",phys-bits=36"]);
            args.AddRange(["-cpu", cpu]);
            var bridge = MachineType.Find(machine)!.HostBridge;
            if (random.Next(3) == 0)
            {
                args.AddRange(["-global", bridge + ".pci-hole64-size=" + Pick(random, ["0", "1", "1G", "64G", "512G", "1T", "2T", "0x1234567000"])]);
            }

            if (random.Next(4) == 0)
            {
                args.AddRange(["-global", bridge + ".x-pci-hole64-fix=" + Pick(random, ["on", "off"])]);
            }

            args.Add("--json");
            yield return args.ToArray();
        }
    }

    private static PcInput Input(PcMachine machine, CpuVendor vendor, int bits, ulong ram, bool hotplug) => new()
    {
        Machine = machine,
        CpuVendor = vendor,
        PhysBits = bits,
        RamSize = ram,
        MaxRamSize = hotplug ? ram + 64 * GiB : ram,
        RamSlots = hotplug ? 4UL : 0,
    };

    private static string[] Args(PcInput input) => VectorArgs.For(input);

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static IEnumerable<(A, B)> Cross<A, B>(A[] first, B[] second) => first.SelectMany(a => second.Select(b => (a, b)));

    private static IEnumerable<(A, B, C)> Cross<A, B, C>(A[] first, B[] second, C[] third) =>
        first.SelectMany(a => second.SelectMany(b => third.Select(c => (a, b, c))));
}
