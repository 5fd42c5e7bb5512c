using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Sample.Virt.Tests;

/// <summary>
/// virt-2.6 to virt-2.11 plan as virt-2.12 does: in QEMU they inherit its memory-map options, and their own compat
/// flags move no region. The device trees QEMU 7.2 dumps for them differ from virt-2.12's only in nodes that are not
/// ranges (virt-2.6 has no PMU node and other CPU affinities).
/// </summary>
public sealed class EarlyVersionTests
{
    public static readonly TheoryData<string> Early = new() { "virt-2.6", "virt-2.7", "virt-2.8", "virt-2.9", "virt-2.10", "virt-2.11" };

    // Each set with the machine's properties appended: {0} is the machine type.
    private static readonly string[][] s_optionSets =
    {
        new[] { "-m", "4G", "-M", "{0}" },
        new[] { "-m", "4G", "-M", "{0},highmem-ecam=on" },
        new[] { "-m", "4G", "-M", "{0},highmem-redists=off" },
        new[] { "-m", "4G", "-M", "{0},highmem-redists=off,compact-highmem=on" },
        new[] { "-m", "4G", "-M", "{0},highmem-mmio-size=2T", "--pa-bits", "44" },
        new[] { "-m", "300G,maxmem=600G,slots=4", "-M", "{0}", "--pa-bits", "44" },
        new[] { "-m", "3G", "-M", "{0},highmem=off" },
        new[] { "-m", "4G", "-M", "{0}", "--pa-bits", "36" },
    };

    [Fact]
    public void Machine_help_lists_every_early_version_oldest_last()
    {
        var lines = CliRunner.Run("-M", "help").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var names = lines.Skip(1).Select(l => l.Split(' ')[0]).ToArray();

        Assert.Equal(new[] { "virt-2.12", "virt-2.11", "virt-2.10", "virt-2.9", "virt-2.8", "virt-2.7", "virt-2.6" }, names[^7..]);
        Assert.All(lines.Where(l => l.StartsWith("virt-2.", StringComparison.Ordinal)), l => Assert.Contains("legacy", l, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Early))]
    public void Plans_the_same_map_as_virt_2_12(string machine)
    {
        foreach (var set in s_optionSets)
        {
            var expected = CliRunner.Run(set.Select(a => string.Format(a, "virt-2.12")).Append("--json").ToArray());
            var actual = CliRunner.Run(set.Select(a => string.Format(a, machine)).Append("--json").ToArray());
            Assert.Equal(expected, actual);

            // The table names the machine; apart from that it is virt-2.12's.
            var table = CliRunner.Run(set.Select(a => string.Format(a, "virt-2.12")).ToArray()).Stdout;
            Assert.Equal(table, CliRunner.Run(set.Select(a => string.Format(a, machine)).ToArray()).Stdout.Replace(machine, "virt-2.12", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Early))]
    public void Leaves_high_ecam_off_by_default(string machine)
    {
        Assert.False(Enabled(Json("-m", "4G", "-M", machine), "HighPcieEcam"));
        Assert.True(Enabled(Json("-m", "4G", "-M", machine + ",highmem-ecam=on"), "HighPcieEcam"));
        Assert.Contains("legacy high-memory layout", CliRunner.Run("-M", machine).Stdout, StringComparison.Ordinal);
        Assert.Contains("not requested (highmem-ecam=off, the default of " + machine + ")", CliRunner.Run("-M", machine).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Virt_2_6_matches_the_device_tree_of_qemu_7_2()
    {
        // qemu-system-aarch64 -M virt-2.6,gic-version=3 -cpu cortex-a57 (44 PA bits) -smp 200
        //   -m 300G,maxmem=600G,slots=4, dumped with dumpdtb: the intc's second redistributor frame, pcie's
        //   reg (low ECAM) and its 64-bit MMIO range.
        var json = Json("-m", "300G,maxmem=600G,slots=4", "-M", "virt-2.6", "--pa-bits", "44");

        Assert.Equal(("0x9740000000", "0x4000000"), Range(json, "HighGicRedist2"));
        Assert.False(Enabled(json, "HighPcieEcam"));
        Assert.Equal(("0x3f000000", "0x1000000"), Range(json, "PcieEcam"));
        Assert.Equal(("0x10000000000", "0x8000000000"), Range(json, "HighPcieMmio"));
    }

    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args.Append("--json").ToArray());
        Assert.Equal((0, ""), (exit, stderr));
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    private static JsonElement Region(JsonElement json, string name) =>
        json.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    private static bool Enabled(JsonElement json, string name) => Region(json, name).GetProperty("enabled").GetBoolean();

    private static (string?, string?) Range(JsonElement json, string name) =>
        (Region(json, name).GetProperty("base").GetString(), Region(json, name).GetProperty("size").GetString());
}
