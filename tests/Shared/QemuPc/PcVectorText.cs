using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace MemmapGen.Testing.QemuPc;

/// <summary>
/// The cell syntax of the x86 vector file, both ways: lower-case hex with <c>0x</c>, flags as 1/0, e820 as
/// <c>base+length:TYPE;…</c>, warnings joined with <c> | </c>; empty, <c>default</c> and <c>n/a</c> read as null.
/// </summary>
internal static class PcVectorText
{
    private const string WarningSeparator = " | ";

    /// <summary>The output columns in file order, each with its text for <paramref name="layout"/>.</summary>
    public static IReadOnlyList<(string Column, string Text)> Columns(PcLayout layout) =>
    [
        ("below_4g_mem_size", FormatValue(layout.Below4GMemSize)),
        ("above_4g_mem_size", FormatValue(layout.Above4GMemSize)),
        ("above_4g_mem_start", FormatValue(layout.Above4GMemStart)),
        ("ram_above_4g_base", FormatValue(layout.RamAbove4GBase)),
        ("relocated_to_1tb", FormatFlag(layout.RelocatedTo1Tb)),
        ("device_memory_base", FormatValue(layout.DeviceMemoryBase)),
        ("device_memory_size", FormatValue(layout.DeviceMemorySize)),
        ("pc_pci_hole64_start", FormatValue(layout.PcPciHole64Start)),
        ("pci_hole64_start", FormatValue(layout.PciHole64Start)),
        ("pci_hole64_end", FormatValue(layout.PciHole64End)),
        ("pci_hole_start", FormatValue(layout.PciHoleStart)),
        ("pci_hole_end", FormatValue(layout.PciHoleEnd)),
        ("max_used_gpa", FormatValue(layout.MaxUsedGpa)),
        ("e820_ht_reserved", FormatFlag(layout.E820HtReserved)),
        ("e820", FormatE820(layout.E820)),
        ("reserved_memory_end", FormatValue(layout.ReservedMemoryEnd)),
        ("warning", string.Join(WarningSeparator, layout.Warnings)),
        ("error", layout.Error ?? string.Empty),
    ];

    public static ulong? ParseValue(string cell)
    {
        if (IsNull(cell))
        {
            return null;
        }

        if (!cell.StartsWith("0x", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"'{cell}' is not 0x-prefixed hex");
        }

        return ulong.Parse(cell.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    public static bool? ParseFlag(string cell) => cell switch
    {
        "1" => true,
        "0" => false,
        _ when IsNull(cell) => null,
        _ => throw new InvalidDataException($"'{cell}' is not a flag"),
    };

    public static IReadOnlyList<E820Entry> ParseE820(string cell)
    {
        if (cell.Length == 0)
        {
            return [];
        }

        var entries = new List<E820Entry>();
        foreach (var entry in cell.Split(';'))
        {
            var plus = entry.IndexOf('+', StringComparison.Ordinal);
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (plus < 0 || colon < plus)
            {
                throw new InvalidDataException($"'{entry}' is not an e820 entry");
            }

            var type = entry.Substring(colon + 1) switch
            {
                "RAM" => E820Type.Ram,
                "RESERVED" => E820Type.Reserved,
                var other => throw new InvalidDataException($"'{other}' is not an e820 type"),
            };
            entries.Add(new E820Entry(
                ParseValue(entry.Substring(0, plus)) ?? 0,
                ParseValue(entry.Substring(plus + 1, colon - plus - 1)) ?? 0,
                type));
        }

        return entries;
    }

    public static IReadOnlyList<string> ParseWarnings(string cell) =>
        cell.Length == 0 ? [] : cell.Split(WarningSeparator);

    public static string FormatValue(ulong? value) =>
        value is { } v ? "0x" + v.ToString("x", CultureInfo.InvariantCulture) : string.Empty;

    public static string FormatFlag(bool? flag) => flag switch
    {
        true => "1",
        false => "0",
        null => string.Empty,
    };

    public static string FormatE820(IReadOnlyList<E820Entry> entries) =>
        string.Join(";", entries.Select(e => FormatValue(e.Address) + "+" + FormatValue(e.Length) + ":" + TypeName(e.Type)));

    private static string TypeName(E820Type type) => type == E820Type.Ram ? "RAM" : "RESERVED";

    private static bool IsNull(string cell) => cell.Length == 0 || cell == "default" || cell == "n/a";
}
