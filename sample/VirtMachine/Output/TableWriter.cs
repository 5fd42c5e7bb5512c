using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MemmapGen;

namespace Sample.Virt.Output;

/// <summary>
/// The default output: the configuration, every present range sorted by address (contained ranges indented
/// under their container), the disabled floating regions with the reason, then device memory, the highest
/// guest-physical address and the PA bits the map needs.
/// </summary>
public static class TableWriter
{
    /// <summary>Writes the table for a planned map.</summary>
    public static void Write(TextWriter writer, MachineConfig config, in VirtMemmap.Layout layout)
    {
        var text = new StringBuilder();
        var paBits = VirtMachine.EffectivePaBits(config);
        var layoutName = VirtMachine.FloatingLayoutOf(config) == FloatingLayout.Compact ? "compact" : "legacy";
        Line(text, "Machine", $"{config.Machine.Name} ({layoutName} high-memory layout)");
        Line(text, "RAM", Invariant($"{AddressText.Size(config.RamSize)} (maxmem {AddressText.Size(config.MaxRamSize == 0 ? config.RamSize : config.MaxRamSize)}, {config.Slots} slots)"));
        Line(text, "PA bits", config.Highmem ? Invariant($"{paBits}") : Invariant($"{paBits} (highmem=off; --pa-bits {config.PaBits} ignored)"));
        text.Append('\n');

        var present = new List<Row>();
        var disabled = new List<Row>();
        for (var ordinal = 0; ordinal < VirtMemmap.RegionCount; ordinal++)
        {
            var region = VirtMemmap.FromOrdinal(ordinal);
            var placement = layout.Get(region);
            var floating = VirtMachine.IsFloating(region);
            var row = new Row(region.ToString(), placement.Range, region == VirtRegion.Mem ? "RAM" : floating ? "floating" : "");
            if (placement.Enabled)
            {
                present.Add(row);
            }
            else
            {
                disabled.Add(row with { Note = VirtMachine.WhyDisabled(region, placement.State, config) });
            }
        }

        if (!layout.DeviceMemory.IsEmpty)
        {
            present.Add(new Row("(device memory)", layout.DeviceMemory, "hot-plug"));
        }

        // By address; a container before what it contains.
        present = present.OrderBy(r => r.Range.Base).ThenByDescending(r => r.Range.Last).ToList();
        var width = Math.Max(16, present.Concat(disabled).Max(r => r.Name.Length) + 4);
        Header(text, width);
        var open = new List<ulong>();
        foreach (var row in present)
        {
            open.RemoveAll(last => row.Range.Last > last);
            Append(text, new string(' ', 2 * open.Count) + row.Name, row, width);
            open.Add(row.Range.Last);
        }

        if (disabled.Count > 0)
        {
            text.Append("\nDisabled floating regions (the slot QEMU records for them):\n");
            Header(text, width);
            foreach (var row in disabled)
            {
                Append(text, row.Name, row, width);
            }
        }

        text.Append('\n');
        Line(text, "Device memory", layout.DeviceMemory.IsEmpty ? "none" : layout.DeviceMemory.ToString());
        Line(text, "Highest GPA", AddressText.Hex(layout.HighestGpa));
        Line(text, "Required PA bits", VirtMachine.RequiredPaBits(layout).ToString(CultureInfo.InvariantCulture));
        writer.Write(text.ToString());
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(label.PadRight(18)).Append(value).Append('\n');

    private static void Header(StringBuilder text, int width) => Columns(text, width, "Region", "Base", "Last", "Size", "");

    private static void Append(StringBuilder text, string name, Row row, int width) =>
        Columns(text, width, name, AddressText.Hex(row.Range.Base), AddressText.Hex(row.Range.Last), AddressText.Size(row.Range.Size), row.Note);

    private static void Columns(StringBuilder text, int width, string name, string first, string last, string size, string note) =>
        text.Append((name.PadRight(width) + first.PadRight(20) + last.PadRight(20) + size.PadRight(12) + note).TrimEnd()).Append('\n');

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Row(string Name, MemRange Range, string Note);
}
