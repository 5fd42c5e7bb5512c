using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using MemmapGen;
using Sample.Output;
using Sample.Pc.Output;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>The JSON and table writers, on a hand-made map and through the command line.</summary>
public sealed class WriterTests
{
    private const ulong GiB = 1UL << 30;

    // q35, 1000 GiB AMD with 64 GiB hot-plug and 4 slots: relocated to 1 TiB.
    private static readonly PcMap s_relocated = new()
    {
        BelowRam = new MemRange(0, 2 * GiB),
        AboveRam = new MemRange(1UL << 40, 998 * GiB),
        Relocated = true,
        DeviceMemory = new MemRange(0x1f9_8000_0000, 68 * GiB),
        PciHoleStart = 2 * GiB,
        PciHoleEnd = 0xfec0_0000,
        PciHole64Base = 0x20a_8000_0000,
        PciHole64Limit = 0x212_8000_0000,
        PciHole64Advertised = true,
        MaxUsedGpa = 0x212_7fff_ffff,
        E820 =
        [
            new E820Area(new MemRange(0xfd_0000_0000, 12 * GiB), E820Kind.Reserved),
            new E820Area(new MemRange(0, 2 * GiB), E820Kind.Ram),
            new E820Area(new MemRange(1UL << 40, 998 * GiB), E820Kind.Ram),
        ],
        ReservedMemoryEnd = 0x20a_8000_0000,
        Devices = [new FixedDevice("MMCONFIG", new MemRange(0xb000_0000, 256UL << 20)), new FixedDevice("IOAPIC", new MemRange(0xfec0_0000, 4096))],
    };

    private static readonly PcMap s_small = new()
    {
        BelowRam = new MemRange(0, 512UL << 20),
        PciHoleStart = 512UL << 20,
        PciHoleEnd = 0xfec0_0000,
        PciHole64Base = 4 * GiB,
        PciHole64Limit = 6 * GiB,
        PciHole64Advertised = false,
        MaxUsedGpa = 0x1_7fff_ffff,
        E820 = [new E820Area(new MemRange(0, 512UL << 20), E820Kind.Ram)],
    };

    [Fact]
    public void Json_is_one_object_in_a_fixed_order()
    {
        var text = Json(s_relocated, ["a \"quoted\" warning"]);

        Assert.Equal(
            "{\"belowRam\":{\"base\":\"0x0\",\"size\":\"0x80000000\"},"
            + "\"aboveRam\":{\"base\":\"0x10000000000\",\"size\":\"0xf980000000\"},"
            + "\"deviceMemory\":{\"base\":\"0x1f980000000\",\"size\":\"0x1100000000\"},"
            + "\"pciHole\":{\"start\":\"0x80000000\",\"end\":\"0xfec00000\"},"
            + "\"pciHole64\":{\"start\":\"0x20a80000000\",\"end\":\"0x21280000000\"},"
            + "\"maxUsedGpa\":\"0x2127fffffff\","
            + "\"e820\":[{\"base\":\"0xfd00000000\",\"size\":\"0x300000000\",\"type\":\"RESERVED\"},"
            + "{\"base\":\"0x0\",\"size\":\"0x80000000\",\"type\":\"RAM\"},"
            + "{\"base\":\"0x10000000000\",\"size\":\"0xf980000000\",\"type\":\"RAM\"}],"
            + "\"reservedMemoryEnd\":\"0x20a80000000\","
            + "\"warnings\":[\"a \\\"quoted\\\" warning\"]}\n",
            text);

        using var json = JsonDocument.Parse(text);
        Assert.Equal(
            ["belowRam", "aboveRam", "deviceMemory", "pciHole", "pciHole64", "maxUsedGpa", "e820", "reservedMemoryEnd", "warnings"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_has_nulls_for_absent_ranges_and_zeros_for_an_unadvertised_hole64()
    {
        using var json = JsonDocument.Parse(Json(s_small, []));
        var root = json.RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("aboveRam").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("deviceMemory").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reservedMemoryEnd").ValueKind);
        Assert.Equal("{\"start\":\"0x0\",\"end\":\"0x0\"}", root.GetProperty("pciHole64").GetRawText());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void Error_is_one_object()
    {
        var writer = new StringWriter();
        JsonText.WriteError(writer, "Address space limit 0xffffffffff < 0x1fc3fffffff phys-bits too low (40)");

        Assert.Equal("{\"error\":\"Address space limit 0xffffffffff < 0x1fc3fffffff phys-bits too low (40)\"}\n", writer.ToString());
    }

    [Fact]
    public void Table_lists_ranges_by_address_with_contained_ones_indented()
    {
        var writer = new StringWriter();
        var config = new MachineConfig { Machine = MachineType.Q35, RamSize = 1000 * GiB, MaxRamSize = 1064 * GiB, Slots = 4, PhysBits = 42 };
        TableWriter.Write(writer, config, s_relocated, ["something to know"]);
        var lines = writer.ToString().Split('\n');

        Assert.EndsWith("\n", writer.ToString(), StringComparison.Ordinal);
        Assert.Equal("Machine           pc-q35-11.0 (q35)", lines[0]);
        Assert.Equal("CPU               qemu64, AuthenticAMD, 64-bit, phys-bits 42", lines[1]);
        Assert.Equal("RAM               1000 GiB (maxmem 1.04 TiB, 4 slots)", lines[2]);
        var names = lines.Skip(5).TakeWhile(l => l.Length > 0).Select(l => l.Substring(0, l.IndexOf("0x", StringComparison.Ordinal)).TrimEnd()).ToList();
        Assert.Equal(["RAM below 4G", "PCI hole", "  MMCONFIG", "IOAPIC", "RAM above 4G", "Device memory", "PCI hole64"], names);
        Assert.Contains(lines, l => l.StartsWith("RAM above 4G", StringComparison.Ordinal) && l.EndsWith("RAM, moved past the HyperTransport range", StringComparison.Ordinal));
        Assert.Equal(["RESERVED 0xFD_0000_0000 0xFF_FFFF_FFFF 12 GiB", "RAM 0x0000_0000 0x7FFF_FFFF 2 GiB", "RAM 0x100_0000_0000 0x1F9_7FFF_FFFF 998 GiB"],
            lines.SkipWhile(l => !l.StartsWith("e820", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0)
                .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Assert.Contains("Max used GPA      0x212_7FFF_FFFF (phys-bits 42 reach 0x3FF_FFFF_FFFF)", lines);
        Assert.Contains("Warning           something to know", lines);
    }

    [Fact]
    public void Table_notes_an_unadvertised_hole64_and_no_hot_plug()
    {
        var writer = new StringWriter();
        TableWriter.Write(writer, new MachineConfig { RamSize = 512UL << 20, MaxRamSize = 512UL << 20 }, s_small, []);
        var text = writer.ToString();

        Assert.Contains("64-bit MMIO, not advertised (x-pci-hole64-fix=off)\n", text, StringComparison.Ordinal);
        Assert.Contains("Reserved mem end  none (no hot-plug memory)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RAM above 4G", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_prints_the_planners_map_or_its_error_with_the_warnings()
    {
        var (exit, stdout, stderr) = CliRunner.Run(Fixed, "-M", "q35", "--json");
        Assert.Equal((0, Json(s_relocated, []), ""), (exit, stdout, stderr));

        (exit, stdout, stderr) = CliRunner.Run(Failing, "-M", "pc,max-ram-below-4g=1000", "-m", "8G", "--json");
        Assert.Equal((1, "{\"error\":\"refused\"}\n"), (exit, stdout));
        Assert.Equal("warning: Only 1000 bytes of RAM below the 4GiB boundary,BIOS may not work with less than 1MiB\n"
            + "warning: Large machine and max_ram_below_4g (1000) not a multiple of 1G; possible bad performance.\n", stderr);

        (exit, stdout, stderr) = CliRunner.Run(Failing, "-M", "q35");
        Assert.Equal((1, "", "refused\n"), (exit, stdout, stderr));

        (exit, stdout, stderr) = CliRunner.Run(Fixed, "-M", "q35");
        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("Machine           pc-q35-11.0 (q35)\n", stdout, StringComparison.Ordinal);
    }

    private static string Json(PcMap map, string[] warnings)
    {
        var writer = new StringWriter();
        JsonWriter.Write(writer, map, warnings);
        return writer.ToString();
    }

    private static bool Fixed(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error)
    {
        (map, error) = (s_relocated, null);
        return true;
    }

    private static bool Failing(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error)
    {
        (map, error) = (null, "refused");
        return false;
    }
}
