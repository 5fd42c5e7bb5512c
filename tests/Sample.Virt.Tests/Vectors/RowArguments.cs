using System.Collections.Generic;
using System.Globalization;

namespace Sample.Virt.Tests.Vectors;

/// <summary>
/// The command line that asks the sample for a vector row's configuration, so each row is checked through
/// everything a user runs: argument parsing, planning, QEMU's messages and the JSON output.
/// </summary>
internal static class RowArguments
{
    /// <summary>The arguments for a row; with <paramref name="machineVersion"/> the layout comes from that version, not compact-highmem.</summary>
    public static string[] For(VectorRow row, string? machineVersion = null)
    {
        var memory = "size=" + SizeText(row.RamSize);
        if (row.MaxRamSize != row.RamSize || row.Slots != 0)
        {
            memory += ",maxmem=0x" + row.MaxRamSize.ToString("x", CultureInfo.InvariantCulture);
        }

        if (row.Slots != 0)
        {
            memory += ",slots=" + row.Slots.ToString(CultureInfo.InvariantCulture);
        }

        var machine = (machineVersion ?? "virt") + ",highmem=" + OnOff(row.Flag("highmem"));
        // pre_series has only the legacy layout; the newer commits record the property.
        var compact = row.Label != "pre_series" && row.Flag("highmem_compact");
        if (!compact && machineVersion is null)
        {
            machine += ",compact-highmem=off";
        }

        machine += ",highmem-redists=" + OnOff(row.Flag("highmem_redists"))
            + ",highmem-ecam=" + OnOff(row.Flag("highmem_ecam"))
            + ",highmem-mmio=" + OnOff(row.Flag("highmem_mmio"));
        var mmioSize = row["highmem_mmio_size"];
        if (mmioSize.StartsWith("0x", System.StringComparison.Ordinal))
        {
            machine += ",highmem-mmio-size=" + mmioSize;
        }

        return new[] { "--json", "-m", memory, "-M", machine, "--pa-bits", row.PaBits.ToString(CultureInfo.InvariantCulture) };
    }

    private static string OnOff(bool value) => value ? "on" : "off";

    // The largest binary suffix that divides the size: 128M, 1536M, 4G, 3T.
    private static string SizeText(ulong bytes)
    {
        var units = new List<(char Suffix, int Shift)> { ('E', 60), ('P', 50), ('T', 40), ('G', 30), ('M', 20), ('K', 10) };
        foreach (var (suffix, shift) in units)
        {
            if (bytes != 0 && bytes % (1UL << shift) == 0)
            {
                return (bytes >> shift).ToString(CultureInfo.InvariantCulture) + suffix;
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture) + "B";
    }
}
