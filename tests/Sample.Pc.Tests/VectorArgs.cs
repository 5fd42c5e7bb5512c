using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MemmapGen.Testing.QemuPc;
using Sample.Output;
using Sample.Pc.Output;

namespace Sample.Pc.Tests;

/// <summary>
/// A vector row both ways for the command line: the QEMU-style arguments that configure it, and the one line of
/// <c>--json</c> output it must produce, built from the row's cells.
/// </summary>
internal static class VectorArgs
{
    public static string[] For(PcVectorRow row) => For(row.ToInput());

    /// <summary>The arguments for a port input; its class flags are given as machine properties.</summary>
    public static string[] For(PcInput input)
    {
        var pc = input.Machine == PcMachine.Pc;
        var machine = new StringBuilder(pc ? "pc" : "q35")
            .Append(",enforce-amd-1tb-hole=").Append(OnOff(input.EnforceAmd1TbHole))
            .Append(",broken-32bit-mem-addr-check=").Append(OnOff(input.Broken32BitMemAddrCheck))
            .Append(",gigabyte-align=").Append(OnOff(input.GigabyteAlign));
        if (input.MaxRamBelow4G is { } limit)
        {
            machine.Append(",max-ram-below-4g=").Append(Hex(limit));
        }

        // A bare -m number is MiB; a B suffix makes it bytes.
        var memory = Dec(input.RamSize) + "B";
        if (input.MaxRamSize != input.RamSize || input.RamSlots != 0)
        {
            memory += ",maxmem=" + Hex(input.MaxRamSize) + ",slots=" + Dec(input.RamSlots);
        }

        var cpu = "qemu64,vendor=" + (input.CpuVendor == CpuVendor.Amd ? "AuthenticAMD" : "GenuineIntel")
            + ",lm=" + OnOff(input.LongMode) + ",phys-bits=" + input.PhysBits.ToString(CultureInfo.InvariantCulture);
        var bridge = pc ? "i440FX-pcihost" : "q35-pcihost";
        var args = new List<string>
        {
            "-M", machine.ToString(), "-m", memory, "-cpu", cpu,
            "-global", bridge + ".x-pci-hole64-fix=" + OnOff(input.PciHole64Fix),
        };
        if (input.PciHole64Size is { } size)
        {
            args.AddRange(["-global", bridge + ".pci-hole64-size=" + Hex(size)]);
        }

        args.Add("--json");
        return args.ToArray();
    }

    /// <summary>The <c>--json</c> line for a row: its error, or every layout column the JSON has.</summary>
    public static string Json(PcVectorRow row)
    {
        var cells = row.Cells;
        if (cells["error"].Length > 0)
        {
            return "{\"error\":" + JsonText.Quote(cells["error"]) + "}\n";
        }

        string Str(string column) => "\"" + cells[column] + "\"";
        string Range(string @base, string size) => cells[@base].Length == 0 ? "null" : "{\"base\":" + Str(@base) + ",\"size\":" + Str(size) + "}";

        var e820 = row.Expected.E820.Select(e =>
            "{\"base\":\"" + PcVectorText.FormatValue(e.Address) + "\",\"size\":\"" + PcVectorText.FormatValue(e.Length)
            + "\",\"type\":\"" + (e.Type == E820Type.Ram ? "RAM" : "RESERVED") + "\"}");
        return "{\"belowRam\":{\"base\":\"0x0\",\"size\":" + Str("below_4g_mem_size") + "}"
            + ",\"aboveRam\":" + (cells["ram_above_4g_base"].Length == 0 ? "null" : "{\"base\":" + Str("ram_above_4g_base") + ",\"size\":" + Str("above_4g_mem_size") + "}")
            + ",\"deviceMemory\":" + Range("device_memory_base", "device_memory_size")
            + ",\"pciHole\":{\"start\":" + Str("pci_hole_start") + ",\"end\":" + Str("pci_hole_end") + "}"
            + ",\"pciHole64\":{\"start\":" + Str("pci_hole64_start") + ",\"end\":" + Str("pci_hole64_end") + "}"
            + ",\"maxUsedGpa\":" + Str("max_used_gpa")
            + ",\"e820\":[" + string.Join(",", e820) + "]"
            + ",\"reservedMemoryEnd\":" + (cells["reserved_memory_end"].Length == 0 ? "null" : Str("reserved_memory_end"))
            + ",\"warnings\":[" + string.Join(",", row.Expected.Warnings.Select(JsonText.Quote)) + "]}\n";
    }

    private static string OnOff(bool value) => value ? "on" : "off";

    private static string Hex(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    private static string Dec(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
