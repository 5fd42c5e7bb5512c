using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// What docs/plan-proof.md calls a problem in an accepted banked plan, computed from the plan alone. Parts: banks,
/// device memory, the gap, the window as planned and as advertised (not for a 32-bit guest: windows require a 64-bit
/// guest by default). Targets: fixed regions and the reserved windows the plan enforces. A part other than the gap
/// overlapping a target, two parts overlapping (except the gap and its own bank, the window and its advertised range),
/// or a part other than the advertised range ending past the narrowest width the plan fits.
/// </summary>
internal static class PlanProblems
{
    private enum Kind
    {
        Bank,
        DeviceMemory,
        Gap,
        Window,
        Advertised,
    }

    /// <summary>The first overlap in <paramref name="plan"/>, or null.</summary>
    public static string? Overlap(BankedShape shape, BankedPlan plan, bool guest64)
    {
        var parts = Parts(plan, guest64).ToList();
        var targets = shape.Fixed.Select((f, i) => ("X" + i, f.Base, f.Size))
            .Concat(shape.Reserved.Select((w, i) => ("R" + i, w.Base, w.Size)).Where((_, i) => plan.ReservedActive[i]))
            .ToList();
        foreach (var p in parts)
        {
            if (p.Kind != Kind.Gap && targets.FirstOrDefault(t => Overlaps(p.Base, p.Size, t.Item2, t.Item3)) is { Item1: not null } target)
            {
                return $"{p.Name} {Text(p.Base, p.Size)} overlaps {target.Item1} {Text(target.Item2, target.Item3)}";
            }
        }

        for (var a = 0; a < parts.Count; a++)
        {
            for (var b = a + 1; b < parts.Count; b++)
            {
                var (p, q) = (parts[a], parts[b]);
                if (!Excluded(p.Name, q.Name) && Overlaps(p.Base, p.Size, q.Base, q.Size))
                {
                    return $"{p.Name} {Text(p.Base, p.Size)} overlaps {q.Name} {Text(q.Base, q.Size)}";
                }
            }
        }

        return null;
    }

    /// <summary>The narrowest width <paramref name="plan"/> fits: the bit length of its highest used address.</summary>
    public static int NarrowestWidth(BankedPlan plan) => 64 - BitOperations.LeadingZeroCount(plan.LastUsed);

    /// <summary>The first part (not an advertised range) that ends at or past 2^<paramref name="bits"/>, or null.</summary>
    public static string? PastWidth(BankedPlan plan, bool guest64, int bits) =>
        Parts(plan, guest64).Where(p => p.Kind != Kind.Advertised && bits < 64 && (p.Base + p.Size - 1) >> bits != 0)
            .Select(p => $"{p.Name} {Text(p.Base, p.Size)} ends past {bits} bits")
            .FirstOrDefault();

    private static IEnumerable<(string Name, Kind Kind, ulong Base, ulong Size)> Parts(BankedPlan plan, bool guest64)
    {
        var parts = plan.Banks.Select((b, i) => ("B" + i, Kind.Bank, b.Base, b.Size))
            .Append(("device memory", Kind.DeviceMemory, plan.DeviceMemory.Base, plan.DeviceMemory.Size))
            .Append(("G", Kind.Gap, plan.Gap.Base, plan.Gap.Size));
        if (guest64)
        {
            parts = parts.Append(("W", Kind.Window, plan.Window.Base, plan.Window.Size))
                .Append(("W as advertised", Kind.Advertised, plan.Advertised.Base, plan.Advertised.Size));
        }

        return parts.Where(p => p.Item4 != 0);
    }

    private static bool Excluded(string p, string q) =>
        (p, q) is ("B0", "G") or ("G", "B0") or ("W", "W as advertised") or ("W as advertised", "W");

    private static bool Overlaps(ulong a, ulong aSize, ulong b, ulong bSize) =>
        aSize != 0 && bSize != 0 && a <= b + (bSize - 1) && b <= a + (aSize - 1);

    private static string Text(ulong @base, ulong size) =>
        string.Create(CultureInfo.InvariantCulture, $"[0x{@base:X}, 0x{@base + size - 1:X}]");
}
