using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Sample.Pc.Cli;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>
/// Every vector row through the sample's own command line and generated planners: the row's arguments must print
/// the row (every column the JSON has, e820 order, warnings) or QEMU's error, word for word.
/// </summary>
public sealed class FidelityTests
{
    private static readonly IReadOnlyList<PcVectorRow> s_rows = PcVectorFile.Read(PcVectorFile.DefaultPath);

    [Fact]
    public void Every_row_prints_the_row() => AssertEveryRowPrints(PcBoard.TryPlan);

    /// <summary>Runs every row's arguments through the command line with <paramref name="planner"/>.</summary>
    internal static void AssertEveryRowPrints(Planner planner)
    {
        var mismatches = new List<string>();
        foreach (var row in s_rows)
        {
            var (exit, stdout, _) = CliRunner.Run(planner, VectorArgs.For(row));
            var expected = VectorArgs.Json(row);
            var expectedExit = row.Expected.Error is null ? 0 : 1;
            if (stdout != expected || exit != expectedExit)
            {
                mismatches.Add($"case {row.CaseId} ({string.Join(' ', VectorArgs.For(row))}): exit {exit}\n  expected {expected}  printed  {stdout}");
            }
        }

        Assert.True(mismatches.Count == 0, mismatches.Count + " rows differ\n" + string.Join("\n", mismatches.Take(10)));
    }

    [Fact]
    public void The_documented_example_prints_its_json()
    {
        // pc with 2 GiB below 4G, 941 GiB of RAM and 64 GiB in 4 slots: past the HyperTransport threshold, relocated.
        var (exit, stdout, stderr) = CliRunner.Run(PcBoard.TryPlan,
            "-M", "pc,max-ram-below-4g=2G", "-m", "941G,maxmem=1005G,slots=4", "-cpu", "qemu64,phys-bits=42", "--json");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(
            "{\"belowRam\":{\"base\":\"0x0\",\"size\":\"0x80000000\"},"
            + "\"aboveRam\":{\"base\":\"0x10000000000\",\"size\":\"0xeac0000000\"},"
            + "\"deviceMemory\":{\"base\":\"0x1eac0000000\",\"size\":\"0x1100000000\"},"
            + "\"pciHole\":{\"start\":\"0x80000000\",\"end\":\"0xfec00000\"},"
            + "\"pciHole64\":{\"start\":\"0x1fbc0000000\",\"end\":\"0x1fc40000000\"},"
            + "\"maxUsedGpa\":\"0x1fc3fffffff\","
            + "\"e820\":[{\"base\":\"0xfd00000000\",\"size\":\"0x300000000\",\"type\":\"RESERVED\"},"
            + "{\"base\":\"0x0\",\"size\":\"0x80000000\",\"type\":\"RAM\"},"
            + "{\"base\":\"0x10000000000\",\"size\":\"0xeac0000000\",\"type\":\"RAM\"}],"
            + "\"reservedMemoryEnd\":\"0x1fbc0000000\",\"warnings\":[]}\n",
            stdout);
    }

    [Fact]
    public void Table_of_a_real_plan_lists_the_fixed_devices_and_avoided_windows()
    {
        var (exit, stdout, _) = CliRunner.Run(PcBoard.TryPlan, "-M", "q35", "-m", "4G");

        Assert.Equal(0, exit);
        Assert.EndsWith("\n", stdout, StringComparison.Ordinal);
        foreach (var device in new[] { "  MmConfig ", "IoApic ", "Hpet ", "Lapic ", "Bios " })
        {
            Assert.Contains("\n" + device, stdout, StringComparison.Ordinal);
        }

        // An AMD guest on a current version avoids the HyperTransport range; an Intel guest does not.
        Assert.Contains("\nHyperTransport ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("HyperTransport", CliRunner.Run(PcBoard.TryPlan, "-M", "q35", "-cpu", "qemu64,vendor=GenuineIntel").Stdout, StringComparison.Ordinal);
    }
}
