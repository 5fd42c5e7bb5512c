using System.Linq;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>The machine types <c>-M</c> accepts and <c>-M help</c> lists.</summary>
public sealed class MachineTypeTests
{
    [Fact]
    public void Help_lists_each_alias_then_its_registered_versions_newest_first()
    {
        var (exit, stdout, stderr) = CliRunner.Run(PortPlanner.TryPlan, "-M", "help");
        var lines = stdout.Split('\n');

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal("Supported machines are:", lines[0]);
        Assert.Equal("pc                   Standard PC (i440FX + PIIX, 1996) (alias of pc-i440fx-11.0)", lines[1]);
        Assert.Equal("pc-i440fx-11.0       Standard PC (i440FX + PIIX, 1996) (default)", lines[2]);
        Assert.Equal("pc-i440fx-10.2       Standard PC (i440FX + PIIX, 1996)", lines[3]);
        Assert.Equal("pc-i440fx-8.1        Standard PC (i440FX + PIIX, 1996)", lines[10]);
        Assert.Equal("pc-i440fx-8.0        Standard PC (i440FX + PIIX, 1996) (deprecated)", lines[11]);
        Assert.Equal("pc-i440fx-5.1        Standard PC (i440FX + PIIX, 1996) (deprecated)", lines[19]);
        Assert.Equal("q35                  Standard PC (Q35 + ICH9, 2009) (alias of pc-q35-11.0)", lines[20]);
        Assert.Equal("pc-q35-11.0          Standard PC (Q35 + ICH9, 2009)", lines[21]);
        Assert.Equal("pc-q35-5.1           Standard PC (Q35 + ICH9, 2009) (deprecated)", lines[38]);
        Assert.Equal([""], lines[39..]);
    }

    [Fact]
    public void Versions_qemu_defines_but_no_longer_registers_are_accepted_but_not_listed()
    {
        foreach (var name in new[] { "pc-i440fx-2.8", "pc-i440fx-2.10", "pc-i440fx-5.0", "pc-q35-4.0.1", "pc-q35-2.11" })
        {
            var type = MachineType.Find(name)!;
            Assert.False(type.IsListed);
            Assert.Contains("(deprecated)", type.Description);
            Assert.Same(type, Cli.Arguments.Parse(["-M", name]).Config.Machine);
        }

        Assert.Equal(2 * 29 + 1 + 2, MachineType.All.Count);
        Assert.Equal(2 * 18 + 2, MachineType.All.Count(t => t.IsListed));
    }

    [Fact]
    public void Versions_from_8_1_are_current_and_older_ones_deprecated()
    {
        Assert.DoesNotContain("(deprecated)", MachineType.Find("pc-i440fx-8.1")!.Description);
        Assert.Contains("(deprecated)", MachineType.Find("pc-i440fx-8.0")!.Description);
        Assert.DoesNotContain("(deprecated)", MachineType.Find("pc-q35-8.1")!.Description);
        Assert.Contains("(deprecated)", MachineType.Find("pc-q35-7.1")!.Description);
    }

    [Fact]
    public void Names_are_unique_and_resolve_to_their_family()
    {
        Assert.Equal(MachineType.All.Count, MachineType.All.Select(t => t.Name).Distinct().Count());
        Assert.All(MachineType.All, t => Assert.Same(t, MachineType.Find(t.Name)));
        Assert.All(MachineType.All, t => Assert.StartsWith(t.Chipset == Chipset.I440fx ? "pc-i440fx-" : "pc-q35-", t.VersionName));
        Assert.All(MachineType.All, t => Assert.Equal(t.Chipset == Chipset.I440fx ? "i440FX-pcihost" : "q35-pcihost", t.HostBridge));
        Assert.Equal(PcVersion.V11_0, MachineType.Pc.Version);
        Assert.Equal(Q35Version.V11_0, MachineType.Q35.Version);
        Assert.Null(MachineType.Find("PC"));
    }
}
