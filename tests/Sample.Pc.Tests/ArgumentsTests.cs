using System;
using System.Diagnostics.CodeAnalysis;
using Sample.Pc.Cli;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>Every option form the command line reads, QEMU's defaults, and its refusals (exit code 2).</summary>
public sealed class ArgumentsTests
{
    private const ulong MiB = 1UL << 20;
    private const ulong GiB = 1UL << 30;

    [Fact]
    public void Defaults_are_qemus_pc_with_qemu64()
    {
        var config = Parse();

        Assert.Equal(("pc", Chipset.I440fx, "pc-i440fx-11.0"), (config.Machine.Name, config.Machine.Chipset, config.Machine.VersionName));
        Assert.Equal((128 * MiB, 128 * MiB, 0UL), (config.RamSize, config.MaxRamSize, config.Slots));
        Assert.Equal(("AuthenticAMD", true, 40), (config.CpuVendor, config.LongMode, config.PhysBits));
        Assert.True(config.IsAmd);
        Assert.True(config.GigabyteAlign);
        Assert.Null(config.MaxRamBelow4G);
        Assert.Null(config.EnforceAmd1TbHole);
        Assert.Null(config.Broken32BitMemAddrCheck);
        Assert.Null(config.PciHole64Size);
        Assert.Null(config.PciHole64Fix);
    }

    [Theory]
    [InlineData("q35", "q35", Chipset.Q35, "pc-q35-11.0")]
    [InlineData("type=q35", "q35", Chipset.Q35, "pc-q35-11.0")]
    [InlineData("pc-i440fx-7.0", "pc-i440fx-7.0", Chipset.I440fx, "pc-i440fx-7.0")]
    [InlineData("pc-q35-4.0.1", "pc-q35-4.0.1", Chipset.Q35, "pc-q35-4.0.1")]
    [InlineData("pc-i440fx-2.8", "pc-i440fx-2.8", Chipset.I440fx, "pc-i440fx-2.8")]
    public void Machine_types(string text, string name, Chipset chipset, string version)
    {
        foreach (var option in new[] { "-M", "-machine", "--machine" })
        {
            var machine = Parse(option, text).Machine;
            Assert.Equal((name, chipset, version), (machine.Name, machine.Chipset, machine.VersionName));
        }

        Assert.Equal(name, Parse("--machine=" + text).Machine.Name);
    }

    [Theory]
    [InlineData("enforce-amd-1tb-hole=off", false, null, true)]
    [InlineData("broken-32bit-mem-addr-check=on", null, true, true)]
    [InlineData("gigabyte-align=off", null, null, false)]
    [InlineData("enforce-amd-1tb-hole=yes,broken-32bit-mem-addr-check=false,gigabyte-align=n", true, false, false)]
    public void Class_flags_are_machine_properties(string properties, bool? enforce, bool? broken, bool gigabyteAlign)
    {
        var config = Parse("-M", "pc," + properties);

        Assert.Equal((enforce, broken, gigabyteAlign), (config.EnforceAmd1TbHole, config.Broken32BitMemAddrCheck, config.GigabyteAlign));
    }

    [Theory]
    [InlineData("2G", 2 * GiB)]
    [InlineData("2147483648", 2 * GiB)] // bytes: a machine property has no MiB default
    [InlineData("0xd0000000", 0xd000_0000UL)]
    [InlineData("512K", 512UL * 1024)]
    [InlineData("5G", 5 * GiB)] // parsed; refused by the planner, with QEMU's setter message
    [InlineData("0", 0UL)]
    public void Max_ram_below_4g_is_a_size_in_bytes(string text, ulong bytes)
    {
        Assert.Equal(bytes, Parse("-M", "q35,max-ram-below-4g=" + text).MaxRamBelow4G);
    }

    [Fact]
    public void Repeated_machine_options_merge()
    {
        var config = Parse("-M", "q35", "-M", "max-ram-below-4g=1G", "-M", "gigabyte-align=off");

        Assert.Equal(("q35", (ulong?)GiB, false), (config.Machine.Name, config.MaxRamBelow4G, config.GigabyteAlign));
    }

    [Theory]
    [InlineData("4G", 4 * GiB)]
    [InlineData("size=4G", 4 * GiB)]
    [InlineData("2048", 2 * GiB)] // a bare number is MiB
    [InlineData("1.5G", 3 * GiB / 2)]
    [InlineData("536870912B", 512 * MiB)]
    [InlineData("100K", 104 * 1024UL)] // rounded up to 8 KiB
    [InlineData("0", 128 * MiB)] // 0 means the default
    public void Ram_size_is_read_as_qemu_reads_it(string text, ulong bytes)
    {
        var config = Parse("-m", text);
        Assert.Equal((bytes, bytes), (config.RamSize, config.MaxRamSize));
    }

    [Fact]
    public void Maxmem_is_bytes_and_slots_are_decimal_or_hex()
    {
        var config = Parse("-m", "4G,maxmem=73014444032,slots=4");
        Assert.Equal((4 * GiB, 68 * GiB, 4UL), (config.RamSize, config.MaxRamSize, config.Slots));

        config = Parse("-m", "4G", "-m", "maxmem=68G,slots=0x100");
        Assert.Equal((68 * GiB, 256UL), (config.MaxRamSize, config.Slots));
    }

    [Theory]
    [InlineData("qemu64", "AuthenticAMD", true, 40)]
    [InlineData("qemu64,vendor=GenuineIntel", "GenuineIntel", true, 40)]
    [InlineData("qemu64,vendor=HygonGenuine,phys-bits=48", "HygonGenuine", true, 48)]
    [InlineData("qemu64,phys-bits=0", "AuthenticAMD", true, 40)]
    [InlineData("qemu64,phys-bits=32", "AuthenticAMD", true, 32)]
    [InlineData("qemu64,phys-bits=52", "AuthenticAMD", true, 52)]
    [InlineData("qemu64,lm=off", "AuthenticAMD", false, 36)]
    [InlineData("qemu64,lm=off,phys-bits=32", "AuthenticAMD", false, 32)]
    [InlineData("qemu64,lm=off,phys-bits=36", "AuthenticAMD", false, 36)]
    [InlineData("qemu64,lm=on", "AuthenticAMD", true, 40)]
    [InlineData("model=qemu64,vendor=GenuineIntel,lm=off", "GenuineIntel", false, 36)]
    public void Cpu_properties_settle_as_qemus_realize(string cpu, string vendor, bool longMode, int physBits)
    {
        var config = Parse("-cpu", cpu);

        Assert.Equal((vendor, longMode, physBits), (config.CpuVendor, config.LongMode, config.PhysBits));
        Assert.Equal(vendor == "AuthenticAMD", config.IsAmd);
    }

    [Fact]
    public void Globals_apply_to_the_machines_host_bridge_only()
    {
        var pc = Parse("-global", "i440FX-pcihost.pci-hole64-size=64G", "-global", "i440FX-pcihost.x-pci-hole64-fix=off",
            "-global", "q35-pcihost.pci-hole64-size=nonsense");
        Assert.Equal(((ulong?)(64 * GiB), (bool?)false), (pc.PciHole64Size, pc.PciHole64Fix));

        var q35 = Parse("-M", "q35", "-global", "q35-pcihost.pci-hole64-size=0", "-global", "i440FX-pcihost.pci-hole64-size=64G");
        Assert.Equal(((ulong?)0, (bool?)null), (q35.PciHole64Size, q35.PciHole64Fix));

        // -global may come before -M, and bytes need no suffix.
        var late = Parse("-global", "q35-pcihost.pci-hole64-size=1099511627776", "-M", "q35");
        Assert.Equal((ulong?)(1UL << 40), late.PciHole64Size);
    }

    [Theory]
    [InlineData("--json", OutputFormat.Json)]
    [InlineData("-m", OutputFormat.Table)]
    public void Output_format(string arg, OutputFormat format)
    {
        var args = arg == "-m" ? new[] { "-m", "1G" } : new[] { arg };
        Assert.Equal(format, Arguments.Parse(args).Format);
    }

    [Theory]
    [InlineData("-M", "help")]
    [InlineData("-machine", "?")]
    public void Machine_help_lists_machines(string option, string value) => Assert.True(Arguments.Parse([option, value]).ListMachines);

    [Theory]
    [InlineData("unsupported machine type: \"pc-i440fx-2.7\"\nUse -machine help to list supported machines", "-M", "pc-i440fx-2.7")]
    [InlineData("unsupported machine type: \"virt\"\nUse -machine help to list supported machines", "-M", "virt")]
    [InlineData("Property 'pc-q35-11.0-machine.highmem' not found", "-M", "q35,highmem=off")]
    [InlineData("Property 'pc-i440fx-7.0-machine.foo' not found", "-M", "pc-i440fx-7.0,foo=1")]
    [InlineData("Parameter 'max-ram-below-4g' expects size", "-M", "pc,max-ram-below-4g=lots")]
    [InlineData("Parameter 'gigabyte-align' expects 'on' or 'off'", "-M", "pc,gigabyte-align=maybe")]
    [InlineData("-m 4x: Parameter 'size' expects a non-negative number below 2^64", "-m", "4x")]
    [InlineData("-m 1.5: Parameter 'size' expects a non-negative number below 2^64", "-m", "1.5")] // a fraction needs a suffix
    [InlineData("-m -1: Parameter 'size' expects a non-negative number below 2^64", "-m", "-1")]
    [InlineData("-m: Invalid parameter 'cpus'", "-m", "4G,cpus=2")]
    [InlineData("invalid value of maxmem: maximum memory size (0x80000000) must be at least the initial memory size (0x100000000)", "-m", "4G,maxmem=2G")]
    [InlineData("slots specified but no max-size", "-m", "4G,slots=2")]
    [InlineData("invalid value of maxmem: memory slots were specified but maximum memory size (0x100000000) is equal to the initial memory size (0x100000000)", "-m", "4G,maxmem=4G,slots=2")]
    [InlineData("unable to find CPU model 'host'", "-cpu", "host")]
    [InlineData("phys-bits should be between 32 and 52  (but is 60)", "-cpu", "qemu64,phys-bits=60")]
    [InlineData("phys-bits should be between 32 and 52  (but is 31)", "-cpu", "qemu64,phys-bits=31")]
    [InlineData("phys-bits is not user-configurable in 32 bit", "-cpu", "qemu64,lm=off,phys-bits=40")]
    [InlineData("can't apply global qemu64-x86_64-cpu.vendor=AMD: Property '.vendor' doesn't take value 'AMD'", "-cpu", "qemu64,vendor=AMD")]
    [InlineData("can't apply global qemu64-x86_64-cpu.lm=maybe: Parameter 'lm' expects 'on' or 'off'", "-cpu", "qemu64,lm=maybe")]
    [InlineData("can't apply global qemu64-x86_64-cpu.phys-bits=abc: Parameter 'phys-bits' expects uint64", "-cpu", "qemu64,phys-bits=abc")]
    [InlineData("can't apply global qemu64-x86_64-cpu.pae=off: Property 'qemu64-x86_64-cpu.pae' not found", "-cpu", "qemu64,pae=off")]
    [InlineData("can't apply global i440FX-pcihost.pci-hole64-size=abc: Parameter 'pci-hole64-size' expects a non-negative number below 2^64", "-global", "i440FX-pcihost.pci-hole64-size=abc")]
    [InlineData("can't apply global i440FX-pcihost.x-pci-hole64-fix=maybe: Parameter 'x-pci-hole64-fix' expects 'on' or 'off'", "-global", "i440FX-pcihost.x-pci-hole64-fix=maybe")]
    [InlineData("can't apply global i440FX-pcihost.foo=1: Property 'i440FX-pcihost.foo' not found", "-global", "i440FX-pcihost.foo=1")]
    [InlineData("-global foo: expected DRIVER.PROPERTY=VALUE", "-global", "foo")]
    [InlineData("-global kvm-pit.lost_tick_policy=delay: the sample models the properties of i440FX-pcihost and q35-pcihost only", "-global", "kvm-pit.lost_tick_policy=delay")]
    [InlineData("unknown argument '-smp'", "-smp", "2")]
    [InlineData("unknown argument '--json=yes'", "--json=yes")]
    [InlineData("option '-m' needs a value", "-m")]
    [InlineData("option '-M' needs a value", "-M", "")]
    [InlineData("-M pc,,gigabyte-align=on: expected a parameter before ','", "-M", "pc,,gigabyte-align=on")]
    [InlineData("-m 4G,maxmem: expected '=' after parameter 'maxmem'", "-m", "4G,maxmem")]
    public void Refusals_exit_2_with_qemus_message(string message, params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(Unreachable, args);

        Assert.Equal((2, ""), (exit, stdout));
        Assert.Equal("PcMachine: " + message + "\nTry 'PcMachine --help' for more information.\n", stderr);
    }

    [Fact]
    public void Help_prints_usage()
    {
        var (exit, stdout, stderr) = CliRunner.Run(Unreachable, "--help");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Equal(Usage.Text, stdout);
        Assert.StartsWith("Usage: PcMachine ", stdout, StringComparison.Ordinal);
    }

    private static MachineConfig Parse(params string[] args) => Arguments.Parse(args).Config;

    private static bool Unreachable(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error) =>
        throw new InvalidOperationException("arguments that fail to parse are not planned");
}
