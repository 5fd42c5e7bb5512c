using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MemmapGen;

namespace Sample.Pc.Output;

/// <summary>
/// The default output: the configuration, every range of the map sorted by address (contained ranges indented
/// under their container), the e820 table in QEMU's order, the address QEMU checks against phys-bits, and the
/// warnings.
/// </summary>
public static class TableWriter
{
    /// <summary>Writes the table for a planned map.</summary>
    public static void Write(TextWriter writer, MachineConfig config, PcMap map, IReadOnlyList<string> warnings)
    {
        var text = new StringBuilder();
        var machine = config.Machine.IsAlias ? $"{config.Machine.VersionName} ({config.Machine.Name})" : config.Machine.Name;
        Line(text, "Machine", machine);
        Line(text, "CPU", Invariant($"qemu64, {config.CpuVendor}, {(config.LongMode ? "64-bit" : "32-bit")}, phys-bits {config.PhysBits}"));
        Line(text, "RAM", Invariant($"{AddressText.Size(config.RamSize)} (maxmem {AddressText.Size(config.MaxRamSize)}, {config.Slots} slots)"));
        text.Append('\n');

        var rows = Rows(map).OrderBy(r => r.Range.Base).ThenByDescending(r => r.Range.Last).ToList();
        var width = Math.Max(16, rows.Max(r => r.Name.Length) + 4);
        Columns(text, width, "Region", "Base", "Last", "Size", "");
        var open = new List<ulong>();
        foreach (var row in rows)
        {
            open.RemoveAll(last => row.Range.Base > last);
            Columns(text, width, new string(' ', 2 * open.Count) + row.Name, AddressText.Hex(row.Range.Base),
                AddressText.Hex(row.Range.Last), AddressText.Size(row.Range.Size), row.Note);
            open.Add(row.Range.Last);
        }

        text.Append("\ne820 (in QEMU's order):\n");
        foreach (var entry in map.E820)
        {
            Columns(text, width, "  " + (entry.Kind == E820Kind.Ram ? "RAM" : "RESERVED"), AddressText.Hex(entry.Range.Base),
                AddressText.Hex(entry.Range.Last), AddressText.Size(entry.Range.Size), "");
        }

        text.Append('\n');
        Line(text, "Max used GPA", AddressText.Hex(map.MaxUsedGpa) + Invariant($" (phys-bits {config.PhysBits} reach {AddressText.Hex(LastAddress(config.PhysBits))})"));
        Line(text, "Reserved mem end", map.ReservedMemoryEnd is { } end ? AddressText.Hex(end) : "none (no hot-plug memory)");
        foreach (var warning in warnings)
        {
            Line(text, "Warning", warning);
        }

        writer.Write(text.ToString());
    }

    private static IEnumerable<Row> Rows(PcMap map)
    {
        yield return new Row("RAM below 4G", map.BelowRam, "RAM");
        yield return new Row("PCI hole", new MemRange(map.PciHoleStart, map.PciHoleEnd - map.PciHoleStart), "32-bit MMIO");
        foreach (var device in map.Devices)
        {
            yield return new Row(device.Name, device.Range, "");
        }

        foreach (var window in map.Avoided)
        {
            yield return new Row(window.Name, window.Range, "reserved: RAM avoids it");
        }

        if (map.AboveRam is { } above)
        {
            yield return new Row("RAM above 4G", above, map.Relocated ? "RAM, moved past the HyperTransport range" : "RAM");
        }

        if (map.DeviceMemory is { } deviceMemory)
        {
            yield return new Row("Device memory", deviceMemory, "hot-plug");
        }

        yield return new Row("PCI hole64", new MemRange(map.PciHole64Base, map.PciHole64Limit - map.PciHole64Base),
            map.PciHole64Advertised ? "64-bit MMIO" : "64-bit MMIO, not advertised (x-pci-hole64-fix=off)");
    }

    private static ulong LastAddress(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(label.PadRight(18)).Append(value).Append('\n');

    private static void Columns(StringBuilder text, int width, string name, string first, string last, string size, string note) =>
        text.Append((name.PadRight(width) + first.PadRight(24) + last.PadRight(24) + size.PadRight(12) + note).TrimEnd()).Append('\n');

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Row(string Name, MemRange Range, string Note);
}
