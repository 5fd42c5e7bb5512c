using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Sample.Virt.Tests;

/// <summary>The <c>--dts</c> output and the options it brings (<c>gic-version</c>, <c>-smp</c>).</summary>
public sealed class DtsTests
{
    [Fact]
    public void Default_machine_with_4G()
    {
        var dts = Dts("-m", "4G");

        Assert.StartsWith("/dts-v1/;\n\n/ {\n\t#address-cells = <0x2>;\n\t#size-cells = <0x2>;\n", dts, StringComparison.Ordinal);
        Assert.Equal("<0x0 0x40000000 0x1 0x0>", Property(dts, "memory@40000000", "reg"));
        Assert.Equal("<0x0 0x0 0x0 0x4000000 0x0 0x4000000 0x0 0x4000000>", Property(dts, "flash@0", "reg"));
        Assert.Equal("<0x0 0x8000000 0x0 0x10000 0x0 0x8010000 0x0 0x10000>", Property(dts, "intc@8000000", "reg"));
        Assert.Equal("<0x0 0x8020000 0x0 0x1000>", Property(dts, "v2m@8020000", "reg"));
        Assert.Equal("<0x0 0x9000000 0x0 0x1000>", Property(dts, "pl011@9000000", "reg"));
        Assert.Equal("<0x0 0x9020000 0x0 0x18>", Property(dts, "fw-cfg@9020000", "reg"));
        Assert.Equal("<0x0 0x0 0xc000000 0x2000000>", Property(dts, "platform-bus@c000000", "ranges"));
        Assert.Equal("<0x40 0x10000000 0x0 0x10000000>", Property(dts, "pcie@10000000", "reg"));
        Assert.Equal("<0x0 0xff>", Property(dts, "pcie@10000000", "bus-range"));
        Assert.Equal(
            "<0x1000000 0x0 0x0 0x0 0x3eff0000 0x0 0x10000 0x2000000 0x0 0x10000000 0x0 0x10000000 0x0 0x2eff0000 0x3000000 0x80 0x0 0x80 0x0 0x80 0x0>",
            Property(dts, "pcie@10000000", "ranges"));

        var virtio = Regex.Matches(dts, @"virtio_mmio@([0-9a-f]+) \{").Select(m => Convert.ToUInt64(m.Groups[1].Value, 16)).ToList();
        Assert.Equal(Enumerable.Range(0, 32).Select(i => 0xA00_0000UL + (ulong)i * 0x200), virtio);
    }

    [Fact]
    public void Low_ecam_and_no_64_bit_window_without_high_memory()
    {
        var dts = Dts("-m", "3G", "-M", "virt,highmem=off");

        Assert.Equal("<0x0 0x3f000000 0x0 0x1000000>", Property(dts, "pcie@10000000", "reg"));
        Assert.Equal("<0x0 0xf>", Property(dts, "pcie@10000000", "bus-range"));
        Assert.DoesNotContain("0x3000000", Property(dts, "pcie@10000000", "ranges"), StringComparison.Ordinal);
        Assert.Equal("<0x0 0x40000000 0x0 0xc0000000>", Property(dts, "memory@40000000", "reg"));
    }

    [Theory]
    [InlineData(123, "<0x1>", "<0x0 0x8000000 0x0 0x10000 0x0 0x80a0000 0x0 0xf60000>")]
    [InlineData(124, "<0x2>", "<0x0 0x8000000 0x0 0x10000 0x0 0x80a0000 0x0 0xf60000 0x40 0x0 0x0 0x4000000>")]
    [InlineData(512, "<0x2>", "<0x0 0x8000000 0x0 0x10000 0x0 0x80a0000 0x0 0xf60000 0x40 0x0 0x0 0x4000000>")]
    public void Gicv3_lists_the_high_redistributors_only_when_the_cpus_need_them(int cpus, string regions, string reg)
    {
        var dts = Dts("-M", "virt-7.2,gic-version=3", "-smp", cpus.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("\"arm,gic-v3\"", Property(dts, "intc@8000000", "compatible"));
        Assert.Equal(regions, Property(dts, "intc@8000000", "#redistributor-regions"));
        Assert.Equal(reg, Property(dts, "intc@8000000", "reg"));
    }

    [Theory]
    [InlineData("virt-6.1", false)]
    [InlineData("virt-6.2", true)]
    [InlineData("virt", true)]
    public void Gicv3_has_an_its_from_virt_6_2(string machine, bool its)
    {
        var dts = Dts("-M", machine + ",gic-version=3");

        Assert.Equal(its, dts.Contains("its@8080000 {", StringComparison.Ordinal));
        Assert.DoesNotContain("v2m@", dts, StringComparison.Ordinal);
        if (its)
        {
            Assert.Equal("<0x0 0x8080000 0x0 0x20000>", Property(dts, "its@8080000", "reg"));
        }
    }

    [Theory]
    [InlineData(1, "Number of SMP CPUs requested (9) exceeds max CPUs supported by machine 'mach-virt' (8)", "-smp", "9")]
    [InlineData(1, "Number of SMP CPUs requested (124) exceeds max CPUs supported by machine 'mach-virt' (123)", "-M", "virt,gic-version=3,highmem=off", "-m", "1G", "-smp", "124")]
    [InlineData(2, "Invalid SMP CPUs 513. The max CPUs supported by machine 'virt-7.2' is 512", "-M", "virt-7.2,gic-version=3", "-smp", "513")]
    [InlineData(2, "gic-version: '4' is not modelled (valid values are 2 and 3)", "-M", "virt,gic-version=4")]
    [InlineData(2, "-smp: parameter 'cpus' expects a number of CPUs from 1, not '0'", "-smp", "0")]
    [InlineData(2, "-smp: parameter 'sockets' is not modelled (only cpus)", "-smp", "2,sockets=2")]
    public void Cpu_and_gic_errors(int exit, string message, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(args.Append("--dts").ToArray());

        Assert.Equal(exit, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Gic_version_and_cpus_leave_the_map_as_it_is()
    {
        var map = CliRunner.Run("-m", "4G", "--json");

        Assert.Equal(map, CliRunner.Run("-m", "4G", "-M", "virt,gic-version=3", "-smp", "cpus=200", "--json"));
    }

    internal static string Dts(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args.Append("--dts").ToArray());
        Assert.Equal((0, ""), (exit, stderr));
        return stdout;
    }

    // The value of a property of the node whose name is given, the text between " = " and ";"; only the node's own lines.
    private static string Property(string dts, string node, string property)
    {
        var open = Regex.Match(dts, @"\n(\t+)" + Regex.Escape(node) + " \\{\n");
        Assert.True(open.Success, "no node " + node);
        var indent = open.Groups[1].Value;
        var body = dts.Substring(open.Index + open.Length);
        body = body.Substring(0, body.IndexOf("\n" + indent + "};", StringComparison.Ordinal));
        var match = Regex.Match(body, "(?m)^" + indent + "\t" + Regex.Escape(property) + " = ([^;]*);");
        Assert.True(match.Success, "no " + property + " in " + node);
        return match.Groups[1].Value;
    }
}
