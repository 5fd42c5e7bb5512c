using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sample.Virt.Tests.Vectors;

/// <summary>One row of qemu-virt-memmap.csv, by column name.</summary>
internal sealed class VectorRow
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;

    public VectorRow(IReadOnlyDictionary<string, int> columns, string[] fields)
    {
        _columns = columns;
        _fields = fields;
    }

    public string this[string column] => _fields[_columns[column]];

    public string CaseId => this["case_id"];

    public string Label => this["commit_label"];

    public ulong RamSize => Hex("ram_size");

    public ulong MaxRamSize => Hex("maxram_size");

    public ulong Slots => ulong.Parse(this["ram_slots"], CultureInfo.InvariantCulture);

    public int PaBits => int.Parse(this["pa_bits"], CultureInfo.InvariantCulture);

    public bool Flag(string column) => this[column] == "1";

    /// <summary>QEMU's message without the trailing newline older versions printed (written as the two characters \n); null on a layout row.</summary>
    public string? Error
    {
        get
        {
            var error = this["error"];
            if (error.Length == 0)
            {
                return null;
            }

            return error.EndsWith("\\n", StringComparison.Ordinal) ? error.Substring(0, error.Length - 2) : error;
        }
    }

    public int RegionCount => int.Parse(this["num_regions"], CultureInfo.InvariantCulture);

    /// <summary>The memmap entry at QEMU enum index <paramref name="index"/>: name, base, size, enabled ("" for fixed entries).</summary>
    public (string Name, string Base, string Size, string Enabled) Entry(int index)
    {
        var prefix = "r" + index.ToString("00", CultureInfo.InvariantCulture) + "_";
        return (this[prefix + "name"], this[prefix + "base"], this[prefix + "size"], this[prefix + "enabled"]);
    }

    private ulong Hex(string column) =>
        ulong.Parse(this[column].AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
