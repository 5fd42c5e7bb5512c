using Xunit;

namespace Sample.Pc.Tests;

/// <summary><c>--e820</c>: the firmware's memory map alone, in QEMU's order, as a Linux guest prints it.</summary>
public sealed class E820OutputTests
{
    [Fact]
    public void A_relocated_amd_guest_lists_the_hypertransport_window_first()
    {
        var (exit, stdout, stderr) = CliRunner.Run(
            PcBoard.TryPlan, "-M", "q35", "-m", "1000G", "-cpu", "qemu64,vendor=AuthenticAMD,phys-bits=42", "--e820");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(
            "[mem 0x000000fd00000000-0x000000ffffffffff] reserved\n"
            + "[mem 0x0000000000000000-0x000000007fffffff] usable\n"
            + "[mem 0x0000010000000000-0x000001f97fffffff] usable\n",
            stdout);
    }

    [Fact]
    public void A_small_intel_guest_has_only_its_ram_below_4g()
    {
        var (exit, stdout, _) = CliRunner.Run(PcBoard.TryPlan, "-M", "pc", "-m", "2G", "-cpu", "qemu64,vendor=GenuineIntel", "--e820");

        Assert.Equal(0, exit);
        Assert.Equal("[mem 0x0000000000000000-0x000000007fffffff] usable\n", stdout);
    }

    [Fact]
    public void A_refused_plan_prints_qemus_message_and_no_table()
    {
        var (exit, stdout, stderr) = CliRunner.Run(PcBoard.TryPlan, "-M", "q35", "-m", "2T", "-cpu", "qemu64,phys-bits=40", "--e820");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("phys-bits too low (40)", stderr, System.StringComparison.Ordinal);
    }
}
