using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Benchmarks;

/// <summary>One row of QEMU's golden vectors (tests/Data/qemu-virt-memmap.csv): the inputs and the floating part of the result.</summary>
public sealed record VectorRow(
    string CommitLabel,
    QemuMachine Machine,
    string Error,
    MemMapEntry[] Fixed,
    ulong[] Bases,
    ulong[] Sizes,
    bool[] Enabled,
    ulong HighestGpa,
    ulong DeviceMemoryBase,
    ulong DeviceMemorySize);

public static class Vectors
{
    private const string FileName = "qemu-virt-memmap.csv";

    // QEMU's enum names of the floating regions, in QemuPort's order; their column index differs between commits.
    private static readonly string[] s_floatingNames = { "VIRT_HIGH_GIC_REDIST2", "VIRT_HIGH_PCIE_ECAM", "VIRT_HIGH_PCIE_MMIO" };

    private static readonly Lazy<IReadOnlyList<VectorRow>> s_rows = new(Load);

    public static IReadOnlyList<VectorRow> Rows => s_rows.Value;

    /// <summary>The distinct machines of all rows, in first-seen order (the same inputs recur across the three commits).</summary>
    public static IReadOnlyList<QemuMachine> DistinctMachines() => Rows.Select(row => row.Machine).Distinct().ToList();

    private static IReadOnlyList<VectorRow> Load()
    {
        using var reader = new StreamReader(Locate());
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
            throw new InvalidDataException(FileName + " is empty");
        var column = records.Current.Select((name, index) => (name, index)).ToDictionary(pair => pair.name, pair => pair.index);
        var rows = new List<VectorRow>();
        while (records.MoveNext())
        {
            string[] record = records.Current;
            string Field(string name) => record[column[name]];
            rows.Add(Parse(Field));
        }
        return rows;
    }

    private static VectorRow Parse(Func<string, string> field)
    {
        string mmioSize = field("highmem_mmio_size");
        bool sizeSet = mmioSize.StartsWith("0x", StringComparison.Ordinal);
        var machine = new QemuMachine(
            Hex(field("ram_size")),
            Hex(field("maxram_size")),
            ulong.Parse(field("ram_slots"), CultureInfo.InvariantCulture),
            int.Parse(field("pa_bits"), CultureInfo.InvariantCulture),
            field("highmem") == "1",
            field("highmem_redists") == "1",
            field("highmem_ecam") == "1",
            field("highmem_mmio") == "1",
            field("highmem_compact") == "1", // "n/a" (before compact existed) is legacy
            sizeSet,
            sizeSet ? Hex(mmioSize) : 0);

        var bases = new ulong[QemuPort.FloatingCount];
        var sizes = new ulong[QemuPort.FloatingCount];
        var enabled = new bool[QemuPort.FloatingCount];
        string error = field("error");
        var fixedEntries = new List<MemMapEntry>();
        if (error.Length == 0)
        {
            for (int nn = 0; nn <= 32; nn++)
            {
                string prefix = "r" + nn.ToString("D2", CultureInfo.InvariantCulture) + "_";
                int i = Array.IndexOf(s_floatingNames, field(prefix + "name"));
                if (i < 0)
                {
                    // The fixed entries before the first floating one; head inserts entries, so only the ported commits.
                    if (nn < QemuPort.LowMemmapLast && field("commit_label") != "head")
                        fixedEntries.Add(new MemMapEntry(Hex(field(prefix + "base")), Hex(field(prefix + "size"))));
                    continue;
                }
                bases[i] = Hex(field(prefix + "base"));
                sizes[i] = Hex(field(prefix + "size"));
                enabled[i] = field(prefix + "enabled") == "1";
            }
        }
        return new VectorRow(
            field("commit_label"), machine, error, fixedEntries.ToArray(), bases, sizes, enabled,
            HexOrZero(field("highest_gpa")), HexOrZero(field("device_memory_base")), HexOrZero(field("device_memory_size")));
    }

    private static ulong Hex(string text) =>
        ulong.Parse(text.AsSpan(text.StartsWith("0x", StringComparison.Ordinal) ? 2 : 0), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static ulong HexOrZero(string text) => text.Length == 0 ? 0 : Hex(text);

    // Next to the program (copied at build), else in the repository's tests/Data, found by walking up.
    private static string Locate()
    {
        string local = Path.Combine(AppContext.BaseDirectory, "Data", FileName);
        if (File.Exists(local))
            return local;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Data", FileName);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("cannot find " + FileName + " next to the program or in tests/Data above " + AppContext.BaseDirectory);
    }
}
