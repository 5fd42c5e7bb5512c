using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Sample.Virt.Tests;

/// <summary>The command line: JSON shape, exit codes, QEMU's messages, size syntax, the table.</summary>
public sealed class CliTests
{
    [Fact]
    public void Json_for_4G_lists_every_region_in_declaration_order()
    {
        var (exit, stdout, stderr) = CliRunner.Run("-m", "4G", "--json");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("{\"regions\":[{\"name\":\"Flash\",\"base\":\"0x0\",\"size\":\"0x8000000\",\"enabled\":true},"
            + "{\"name\":\"Mem\",\"base\":\"0x40000000\",\"size\":\"0x100000000\",\"enabled\":true},", stdout, StringComparison.Ordinal);
        Assert.EndsWith("{\"name\":\"HighGicRedist2\",\"base\":\"0x4000000000\",\"size\":\"0x4000000\",\"enabled\":true},"
            + "{\"name\":\"HighPcieEcam\",\"base\":\"0x4010000000\",\"size\":\"0x10000000\",\"enabled\":true},"
            + "{\"name\":\"HighPcieMmio\",\"base\":\"0x8000000000\",\"size\":\"0x8000000000\",\"enabled\":true}],"
            + "\"highestGpa\":\"0xffffffffff\",\"requiredPaBits\":40,\"deviceMemory\":null}\n", stdout, StringComparison.Ordinal);

        var json = Parse(stdout);
        Assert.Equal(new[] { "regions", "highestGpa", "requiredPaBits", "deviceMemory" }, json.EnumerateObject().Select(p => p.Name));
        var regions = json.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(Enum.GetNames<VirtRegion>(), regions.Select(r => r.GetProperty("name").GetString()));
        Assert.All(regions, r => Assert.Equal(new[] { "name", "base", "size", "enabled" }, r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("0x90c0000", regions.Single(r => r.GetProperty("name").GetString() == "AcpiPcihp").GetProperty("base").GetString());
    }

    [Theory]
    [InlineData(0, "-m", "4G")]
    [InlineData(0, "--help")]
    [InlineData(1, "-m", "4G", "-M", "virt,highmem=off")]
    [InlineData(1, "-m", "4G", "-M", "virt,highmem-mmio-size=768G", "--json")]
    [InlineData(2, "-m", "lots")]
    [InlineData(2, "-M", "pc")]
    public void Exit_codes(int expected, params string[] args) => Assert.Equal(expected, CliRunner.Run(args).Exit);

    [Fact]
    public void Highmem_off_limits_the_map_to_32_bits_whatever_pa_bits_says()
    {
        var json = Json("-m", "3G", "-M", "virt,highmem=off", "--pa-bits", "48", "--json");

        Assert.Equal("0xffffffff", json.GetProperty("highestGpa").GetString());
        Assert.Equal(32, json.GetProperty("requiredPaBits").GetInt32());
        Assert.All(Floating(json), r => Assert.False(r.GetProperty("enabled").GetBoolean()));
    }

    [Theory]
    [InlineData("highmem-mmio-size=768G", "highmem-mmio-size is not a power of 2")]
    [InlineData("highmem-mmio-size=0", "highmem-mmio-size is not a power of 2")]
    [InlineData("highmem-mmio-size=256G", "highmem-mmio-size cannot be set to a lower value than the default (512 GiB)")]
    public void Rejected_highmem_mmio_size_is_a_json_error(string property, string message)
    {
        var (exit, stdout, stderr) = CliRunner.Run("-M", "virt," + property, "--json");

        Assert.Equal((1, "{\"error\":\"" + message + "\"}\n", ""), (exit, stdout, stderr));
    }

    [Fact]
    public void Larger_highmem_mmio_size_that_does_not_fit_is_disabled_silently()
    {
        var json = Json("-m", "4G", "-M", "virt,highmem-mmio-size=4T", "--pa-bits", "42", "--json");
        var mmio = Floating(json).Last();

        Assert.Equal(("0x40000000000", "0x40000000000", false),
            (mmio.GetProperty("base").GetString(), mmio.GetProperty("size").GetString(), mmio.GetProperty("enabled").GetBoolean()));
        Assert.Equal(39, json.GetProperty("requiredPaBits").GetInt32());
    }

    [Theory]
    [InlineData("1.5G", "0x60000000")]
    [InlineData("2048", "0x80000000")] // a bare number is MiB
    [InlineData("size=4G", "0x100000000")]
    [InlineData("1.5", null)] // ... but a fraction needs a suffix, as in QEMU
    [InlineData("0", "0x40000000")] // 0 means the default
    [InlineData("100K", "0x1a000")] // rounded up to 8 KiB
    public void Ram_size_is_read_as_qemu_reads_it(string memory, string? ramSize)
    {
        var (exit, stdout, _) = CliRunner.Run("-m", memory, "--json");

        Assert.Equal(ramSize is null ? 2 : 0, exit);
        if (ramSize is not null)
        {
            Assert.Equal(ramSize, Region(Parse(stdout), "Mem").GetProperty("size").GetString());
        }
    }

    [Fact]
    public void Default_ram_is_1G()
    {
        Assert.Equal("0x40000000", Region(Json("--json"), "Mem").GetProperty("size").GetString());
    }

    [Fact]
    public void Hot_plug_memory_follows_ram_rounded_to_1G()
    {
        // Reference §9: 4 GiB, maxmem 260 GiB, 256 slots, pa 48.
        var json = Json("-m", "4G,maxmem=260G,slots=256", "--pa-bits", "48", "--json");

        Assert.Equal("{\"base\":\"0x140000000\",\"size\":\"0x8000000000\"}", json.GetProperty("deviceMemory").GetRawText());
        Assert.Equal("0x8140000000", Region(json, "HighGicRedist2").GetProperty("base").GetString());
        Assert.Equal("0x17fffffffff", json.GetProperty("highestGpa").GetString());
        Assert.Equal(41, json.GetProperty("requiredPaBits").GetInt32());
    }

    [Fact]
    public void Maxmem_without_suffix_is_bytes_and_repeated_m_options_merge()
    {
        var json = Json("-m", "1G", "-m", "maxmem=2147483648", "--json");

        Assert.Equal("{\"base\":\"0x80000000\",\"size\":\"0x40000000\"}", json.GetProperty("deviceMemory").GetRawText());
    }

    [Fact]
    public void Legacy_layout_reserves_space_for_disabled_regions()
    {
        var compact = Json("-m", "4G", "-M", "virt,highmem-redists=off", "--json");
        var legacy = Json("-m", "4G", "-M", "virt,highmem-redists=off,compact-highmem=off", "--json");

        Assert.Equal("0x4000000000", Region(compact, "HighPcieEcam").GetProperty("base").GetString());
        Assert.Equal("0x4010000000", Region(legacy, "HighPcieEcam").GetProperty("base").GetString());
    }

    [Theory]
    [InlineData("Addressing limited to 32 bits, but memory exceeds it by 1073741824 bytes", "-m", "4G", "-M", "virt,highmem=off")]
    [InlineData("Addressing limited to 42 bits, but memory exceeds it by 4416300122112 bytes", "-m", "3T,maxmem=8T,slots=16", "--pa-bits", "42")]
    [InlineData("unsupported number of memory slots: 257", "-m", "4G,maxmem=260G,slots=257")]
    [InlineData("unsupported number of memory slots: 5000000000", "-m", "4G,maxmem=260G,slots=5000000000")]
    [InlineData("maxmem/slots too huge", "-m", "1G,maxmem=0xffffffffc0000000", "--pa-bits", "48")]
    // QEMU checks its wrapped top of memory against the width before it notices the wrap: same message here.
    [InlineData("Addressing limited to 32 bits, but memory exceeds it by 6442450944 bytes", "-m", "8T,maxmem=0xffffffffc0000000,slots=10", "-M", "virt,highmem=off")]
    public void Plan_errors_print_qemus_message_on_stderr(string message, params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal((1, "", message + "\n"), (exit, stdout, stderr));
    }

    [Theory]
    [InlineData("-m", "lots")]
    [InlineData("-m", "4X")]
    [InlineData("-m", "0x100")] // QEMU appends M to a size ending in a digit, and hex takes no suffix
    [InlineData("-m", "20E")]
    [InlineData("-m", "4G,foo=1")]
    [InlineData("-m", "4G,,maxmem=8G")]
    [InlineData("-m", "4G,maxmem=2G")]
    [InlineData("-m", "4G,slots=2")]
    [InlineData("-m", "4G,maxmem=4G,slots=2")]
    [InlineData("-m", "4G,maxmem=8G,slots=-1")]
    [InlineData("-m")]
    [InlineData("-m", "")]
    [InlineData("-M", "pc")]
    [InlineData("-M", "virt-1.0")]
    [InlineData("-M", "virt,highmem=maybe")]
    [InlineData("-M", "virt,highmem")]
    [InlineData("-M", "virt,gic-version=host")]
    [InlineData("-M", "virt,highmem-mmio-size=big")]
    [InlineData("--pa-bits", "31")]
    [InlineData("--pa-bits", "65")]
    [InlineData("--pa-bits", "forty")]
    [InlineData("--frobnicate")]
    [InlineData("4G")]
    public void Unusable_arguments_exit_2_with_a_message(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args.Append("--json").ToArray());

        Assert.Equal((2, ""), (exit, stdout));
        Assert.StartsWith("VirtMachine: ", stderr, StringComparison.Ordinal);
        Assert.Contains("--help", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid value of maxmem: maximum memory size (0x80000000) must be at least the initial memory size (0x100000000)", "-m", "4G,maxmem=2G")]
    [InlineData("slots specified but no max-size", "-m", "4G,slots=2")]
    [InlineData("unsupported machine type 'virt-1.0' (supported: virt, virt-10.2,", "-M", "virt-1.0")]
    [InlineData("--pa-bits expects a number of bits from 32 to 64, not '31'", "--pa-bits=31")]
    public void Argument_errors_say_what_is_wrong(string message, params string[] args)
    {
        Assert.Contains(message, CliRunner.Run(args).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_shows_the_map_and_why_regions_are_disabled()
    {
        var (exit, stdout, stderr) = CliRunner.Run("-m", "4G", "-M", "virt,highmem-ecam=off", "--pa-bits", "38");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.Contains("Mem               0x4000_0000         0x1_3FFF_FFFF       4 GiB       RAM\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  GicDist         0x0800_0000", stdout, StringComparison.Ordinal); // inside CpuPeriphs
        Assert.Matches(@"HighGicRedist2 +0x40_0000_0000 +0x40_03FF_FFFF +64 MiB +does not fit in 38 bits\n", stdout);
        Assert.Matches(@"HighPcieEcam +0x40_0000_0000 +0x40_0FFF_FFFF +256 MiB +not requested \(highmem-ecam=off\)\n", stdout);
        Assert.Contains("Device memory     none\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Highest GPA       0x1_3FFF_FFFF\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Required PA bits  33\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_shows_device_memory_and_highmem_off()
    {
        // Reference §9: 1.5 GiB, maxmem 3 GiB, 2 slots; then 3 GiB with highmem=off, which exactly fills 4 GiB.
        var (_, hotplug, _) = CliRunner.Run("-m", "1.5G,maxmem=3G,slots=2");
        var (_, lowOnly, _) = CliRunner.Run("-m", "3G", "-M", "virt,highmem=off");

        Assert.Matches(@"\(device memory\) +0xC000_0000 +0x1_9FFF_FFFF +3.5 GiB +hot-plug\n", hotplug);
        Assert.Contains("Device memory     [0xC000_0000, 0x1_9FFF_FFFF] (3.5 GiB)\n", hotplug, StringComparison.Ordinal);
        Assert.Contains("PA bits           32 (highmem=off; --pa-bits 40 ignored)\n", lowOnly, StringComparison.Ordinal);
        Assert.Contains("does not fit in 32 bits (highmem=off)", lowOnly, StringComparison.Ordinal);
        Assert.Contains("Required PA bits  32\n", lowOnly, StringComparison.Ordinal);
    }

    // A shell prompt must start on a line of its own after whatever the program printed.
    [Theory]
    [InlineData("-m", "4G")]
    [InlineData("-m", "3G", "-M", "virt,highmem=off")]
    [InlineData("-m", "4G", "--json")]
    [InlineData("-M", "help")]
    [InlineData("--help")]
    public void Output_ends_with_one_newline(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal((0, ""), (exit, stderr));
        Assert.EndsWith("\n", stdout, StringComparison.Ordinal);
        Assert.False(stdout.EndsWith("\n\n", StringComparison.Ordinal), "a blank last line");
    }

    [Theory]
    [InlineData("-m", "4G", "-M", "virt,highmem=off")]
    [InlineData("-m", "lots")]
    public void Errors_end_with_one_newline(params string[] args)
    {
        var stderr = CliRunner.Run(args).Stderr;

        Assert.EndsWith("\n", stderr, StringComparison.Ordinal);
        Assert.False(stderr.EndsWith("\n\n", StringComparison.Ordinal), "a blank last line");
    }

    [Fact]
    public void Help_prints_usage()
    {
        var (exit, stdout, stderr) = CliRunner.Run("--json", "--help");

        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("Usage: VirtMachine ", stdout, StringComparison.Ordinal);
    }

    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal((0, ""), (exit, stderr));
        return Parse(stdout);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static JsonElement Region(JsonElement json, string name) =>
        json.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    private static JsonElement[] Floating(JsonElement json) =>
        json.GetProperty("regions").EnumerateArray().Where(r => r.GetProperty("name").GetString()!.StartsWith("High", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Machine_help_lists_virt_then_versions_newest_first()
    {
        var (exit, stdout, _) = CliRunner.Run("-M", "help");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, exit);
        Assert.Equal("Supported machines are:", lines[0]);
        Assert.StartsWith("virt ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("virt-10.2 ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("virt-2.6 ", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("virt-7.1 ", StringComparison.Ordinal) && l.Contains("legacy", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("virt-7.2 ", StringComparison.Ordinal) && l.Contains("compact", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("virt-7.1", "0x4010000000")] // legacy: the disabled redistributor frame keeps its slot
    [InlineData("virt-7.2", "0x4000000000")] // compact
    [InlineData("virt-7.1,compact-highmem=on", "0x4000000000")] // an explicit property beats the version
    [InlineData("virt,compact-highmem=off", "0x4010000000")]
    public void Machine_version_picks_the_layout_unless_overridden(string machine, string ecamBase)
    {
        var json = Json("-m", "4G", "-M", machine + ",highmem-redists=off", "--json");

        Assert.Equal(ecamBase, Floating(json).Single(r => r.GetProperty("name").GetString() == "HighPcieEcam").GetProperty("base").GetString());
    }

    [Fact]
    public void Virt_2_12_leaves_high_ecam_off_by_default_but_honours_highmem_ecam_on()
    {
        bool Ecam(string machine) => Floating(Json("-m", "4G", "-M", machine, "--json"))
            .Single(r => r.GetProperty("name").GetString() == "HighPcieEcam").GetProperty("enabled").GetBoolean();

        Assert.False(Ecam("virt-2.12"));
        Assert.True(Ecam("virt-2.12,highmem-ecam=on"));
        Assert.True(Ecam("virt-3.0"));
        Assert.Contains("not requested (highmem-ecam=off, the default of virt-2.12)", CliRunner.Run("-m", "4G", "-M", "virt-2.12").Stdout, StringComparison.Ordinal);
    }
}
