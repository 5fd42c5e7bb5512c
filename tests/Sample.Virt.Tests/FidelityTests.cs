using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen;
using Sample.Virt.Tests.Vectors;
using Xunit;

namespace Sample.Virt.Tests;

/// <summary>
/// Every row of QEMU's vectors, run through the sample's command line: no row is skipped. pre_series rows are
/// the legacy layout (compact-highmem=off); head rows are checked on every field but highest_gpa and
/// kvm_ipa_bits, which head rounds up for CXL windows the sample does not model.
/// </summary>
public sealed class FidelityTests
{
    private const int MaxReported = 20;

    [Fact]
    public void Vector_file_has_the_documented_rows_per_commit()
    {
        Assert.Equal(966, VectorFile.Label("pre_series").Count);
        Assert.Equal(1927, VectorFile.Label("series_v7_2").Count);
        Assert.Equal(3468, VectorFile.Label("head").Count);
        Assert.Equal(6361, VectorFile.Rows.Count);
    }

    [Fact]
    public void Pre_series_rows_match_as_legacy_layout() => CheckLabel("pre_series", 966, checkHighestGpa: true);

    [Fact]
    public void Series_v7_2_rows_match_on_every_field() => CheckLabel("series_v7_2", 1927, checkHighestGpa: true);

    [Fact]
    public void Head_rows_match_except_cxl_rounded_highest_gpa() => CheckLabel("head", 3468, checkHighestGpa: false);

    [Fact]
    public void Pre_series_rows_match_machine_version_virt_7_1() =>
        CheckRows(VectorFile.Label("pre_series"), 966, checkHighestGpa: true, "virt-7.1");

    [Fact]
    public void Series_compact_rows_match_machine_version_virt_7_2() =>
        CheckRows(VectorFile.Label("series_v7_2").Where(r => r["highmem_compact"] == "1").ToList(), 966, checkHighestGpa: true, "virt-7.2");

    [Fact]
    public void Series_legacy_rows_match_machine_version_virt_3_0() =>
        CheckRows(VectorFile.Label("series_v7_2").Where(r => r["highmem_compact"] == "0").ToList(), 961, checkHighestGpa: true, "virt-3.0");

    [Fact]
    public void Fixed_table_equals_qemu_head()
    {
        var row = VectorFile.Label("head").First(r => r.Error is null);
        var covered = new HashSet<VirtRegion>();
        for (var index = 0; index < row.RegionCount; index++)
        {
            var (name, @base, size, enabled) = row.Entry(index);
            if (enabled.Length != 0 || name == QemuNames.Pcie)
            {
                continue; // floating entries are planned; VIRT_PCIE has no range (base and size 0)
            }

            Assert.True(QemuNames.TryMap(name, out var member), name + " has no member");
            var declared = VirtMemmap.Get(member);
            Assert.Equal((name, @base, size), (name, Hex(declared.Base), Hex(declared.Size)));
            Assert.False(VirtMachine.IsFloating(member), name);
            covered.Add(member);
        }

        Assert.Equal("0x0 0x0", row.Entry(15).Base + " " + row.Entry(15).Size);
        var fixedMembers = Enum.GetValues<VirtRegion>().Where(m => !VirtMachine.IsFloating(m));
        Assert.Equal(fixedMembers.OrderBy(m => m), covered.OrderBy(m => m));
        Assert.Equal(VirtMemmap.MemSize, 255 * Units.GiB);
    }

    private static void CheckLabel(string label, int expectedRows, bool checkHighestGpa) =>
        CheckRows(VectorFile.Label(label), expectedRows, checkHighestGpa, machineVersion: null);

    private static void CheckRows(IReadOnlyList<VectorRow> rows, int expectedRows, bool checkHighestGpa, string? machineVersion)
    {
        var label = rows.Count > 0 ? rows[0].Label + (machineVersion is null ? string.Empty : " as " + machineVersion) : "(none)";
        Assert.Equal(expectedRows, rows.Count);
        var mismatches = new List<string>();
        var failedRows = 0;
        foreach (var row in rows)
        {
            var found = RowChecker.Check(row, checkHighestGpa, machineVersion);
            failedRows += found.Count > 0 ? 1 : 0;
            mismatches.AddRange(found);
        }

        Assert.True(
            mismatches.Count == 0,
            $"{failedRows} of {rows.Count} {label} rows differ ({mismatches.Count} fields); the first {Math.Min(MaxReported, mismatches.Count)}:\n"
            + string.Join("\n", mismatches.Take(MaxReported)));
    }

    private static string Hex(ulong value) => "0x" + value.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
}
