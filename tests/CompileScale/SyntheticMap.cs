using System;
using System.Globalization;
using System.Text;

namespace CompileScale;

/// <summary>
/// A map of n regions shaped like a real one: groups of eight fixed pages (a 32 KiB container holding seven 4 KiB
/// children), one RAM block with QEMU's policy, and n/50 floating regions (at least 1, at most 40).
/// </summary>
internal static class SyntheticMap
{
    public static int FloatingCount(int regions) => Math.Clamp(regions / 50, 1, 40);

    /// <summary>The declaration; <paramref name="edited"/> shrinks one region (R1), the one-region edit.</summary>
    public static string Source(string name, int regions, bool edited = false)
    {
        var floating = FloatingCount(regions);
        var fixedCount = Math.Max(0, regions - 1 - floating);
        var text = new StringBuilder("using MemmapGen;\n\nnamespace Scale;\n\n")
            .Append("[MemoryMap(TypeName = \"").Append(name).Append("Map\")]\npublic enum ").Append(name).Append("\n{\n");
        for (var i = 0; i < fixedCount; i++)
        {
            var group = (ulong)(i / 8) * 0x1_0000;
            var slot = i % 8;
            var size = edited && i == 1 ? 0x800 : 0x1000;
            text.Append(slot == 0
                ? Invariant($"    [Fixed(0x{group:X}, 0x8000)] R{i},\n")
                : Invariant($"    [Fixed(0x{group + ((ulong)slot * 0x1000):X}, 0x{size:X}, Within = R{i - slot})] R{i},\n"));
        }

        text.Append("    [Ram(0x4000_0000, LegacyLimit = 0x3F_C000_0000, DeviceMemoryAlignment = 0x4000_0000, SlotSize = 0x4000_0000, MaxSlots = 256)] Mem,\n");
        for (var i = 0; i < floating; i++)
        {
            text.Append(Invariant($"    [Floating(0x{1UL << (20 + (i % 16)):X})] F{i},\n"));
        }

        return text.Append("}\n").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
