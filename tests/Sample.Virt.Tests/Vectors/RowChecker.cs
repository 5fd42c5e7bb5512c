using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sample.Virt.Cli;

namespace Sample.Virt.Tests.Vectors;

/// <summary>Runs the command line for a vector row and lists every field where its JSON output differs from QEMU's.</summary>
internal static class RowChecker
{
    /// <param name="row">The vector.</param>
    /// <param name="checkHighestGpa">False for head, which rounds highest_gpa (and so its IPA) up for CXL windows.</param>
    public static List<string> Check(VectorRow row, bool checkHighestGpa, string? machineVersion = null)
    {
        var mismatches = new List<string>();
        void Expect(string field, string expected, string? actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                mismatches.Add($"case {row.CaseId} ({row.Label}) {field}: expected {expected}, got {actual ?? "(nothing)"}");
            }
        }

        var args = RowArguments.For(row, machineVersion);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = VirtCli.Run(args, stdout, stderr);
        Expect("stderr", "", stderr.ToString());
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stdout.ToString());
        }
        catch (JsonException e)
        {
            mismatches.Add($"case {row.CaseId} ({row.Label}) output of '{string.Join(' ', args)}' is not one JSON object: {e.Message}");
            return mismatches;
        }

        using var _ = document;
        var json = document.RootElement;

        if (row.Error is { } error)
        {
            Expect("exit code", "1", exit.ToString(CultureInfo.InvariantCulture));
            Expect("error", error, json.TryGetProperty("error", out var message) ? message.GetString() : null);
            return mismatches;
        }

        Expect("exit code", "0", exit.ToString(CultureInfo.InvariantCulture));
        if (!json.TryGetProperty("regions", out var regionArray))
        {
            mismatches.Add($"case {row.CaseId} ({row.Label}) no regions: {stdout}");
            return mismatches;
        }

        var regions = regionArray.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        var seen = new HashSet<VirtRegion>();
        for (var index = 0; index < row.RegionCount; index++)
        {
            var (name, @base, size, enabled) = row.Entry(index);
            if (name == QemuNames.Pcie || (name == QemuNames.CxlHost && row.Label == "head"))
            {
                continue;
            }

            if (!QemuNames.TryMap(name, out var member) || !regions.TryGetValue(member.ToString(), out var region))
            {
                mismatches.Add($"case {row.CaseId} ({row.Label}) {name}: no region in the output");
                continue;
            }

            seen.Add(member);
            Expect(name + ".base", @base, region.GetProperty("base").GetString());
            if (member == VirtRegion.Mem)
            {
                // QEMU's entry is the nominal 255 GiB window; the output gives RAM's real size.
                Expect(name + ".size (window)", size, "0x" + VirtMemmap.MemSize.ToString("x", CultureInfo.InvariantCulture));
                Expect(name + ".size (RAM)", row["ram_size"], region.GetProperty("size").GetString());
            }
            else
            {
                Expect(name + ".size", size, region.GetProperty("size").GetString());
            }

            // Fixed entries have no flag in QEMU and are always enabled in the output.
            Expect(name + ".enabled", enabled.Length == 0 || enabled == "1" ? "true" : "false", region.GetProperty("enabled").GetRawText());
            Expect(name + " floating", (enabled.Length != 0).ToString(), VirtMachine.IsFloating(member).ToString());
        }

        // Every member is one of QEMU's entries (ACPI PCI hot-plug only exists at head).
        foreach (var member in Enum.GetValues<VirtRegion>())
        {
            if (!seen.Contains(member) && (member != VirtRegion.AcpiPcihp || row.Label == "head"))
            {
                mismatches.Add($"case {row.CaseId} ({row.Label}) {member}: not among QEMU's entries");
            }
        }

        Expect("region count", VirtMemmap.RegionCount.ToString(CultureInfo.InvariantCulture), regions.Count.ToString(CultureInfo.InvariantCulture));
        if (checkHighestGpa)
        {
            Expect("highest_gpa", row["highest_gpa"], json.GetProperty("highestGpa").GetString());
            Expect("kvm_ipa_bits", row["kvm_ipa_bits"], json.GetProperty("requiredPaBits").GetRawText());
        }

        var device = json.GetProperty("deviceMemory");
        if (row["device_memory_base"].Length == 0)
        {
            Expect("device memory", "null", device.GetRawText());
        }
        else if (device.ValueKind != JsonValueKind.Object)
        {
            Expect("device memory", row["device_memory_base"] + "+" + row["device_memory_size"], device.GetRawText());
        }
        else
        {
            Expect("device_memory_base", row["device_memory_base"], device.GetProperty("base").GetString());
            Expect("device_memory_size", row["device_memory_size"], device.GetProperty("size").GetString());
        }

        return mismatches;
    }
}
