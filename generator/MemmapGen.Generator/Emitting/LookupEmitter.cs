using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits <c>TryFind</c>: a binary search over the fixed regions flattened at compile time.</summary>
internal static class LookupEmitter
{
    public static void Emit(CodeWriter w, EmitContext c)
    {
        var intervals = LookupTable.Build(c.Map.Regions);
        var bases = new ulong[intervals.Count];
        var lasts = new ulong[intervals.Count];
        var owners = new ulong[intervals.Count];
        var names = new string[intervals.Count];
        for (var i = 0; i < intervals.Count; i++)
        {
            bases[i] = intervals[i].Base;
            lasts[i] = intervals[i].Last;
            owners[i] = (uint)intervals[i].Ordinal;
            names[i] = c.Map.Regions[intervals[i].Ordinal].Name;
        }

        w.Line();
        w.Summary(
            "Which fixed region holds a guest-physical address (the MMIO-exit question). Inside a container the innermost "
            + "region wins. RAM and floating regions are not fixed: ask the planned Layout for those.");
        using (w.Block("public static bool TryFind(ulong address, out " + c.Map.EnumType + " region)"))
        {
            w.Line("global::System.ReadOnlySpan<ulong> bases = FindBases;");
            w.Line("int lo = 0, hi = bases.Length - 1;");
            using (w.Block("while (lo <= hi)"))
            {
                w.Line("int mid = (int)((uint)(lo + hi) >> 1);");
                w.Line("if (bases[mid] <= address) lo = mid + 1; else hi = mid - 1;");
            }

            w.Line();
            w.Line("// hi is the last interval starting at or below the address.");
            using (w.Block("if (hi >= 0 && address <= FindLasts[hi])"))
            {
                w.Line("region = FromOrdinal(FindOwners[hi]);");
                w.Line("return true;");
            }

            w.Line();
            w.Line("region = default;");
            w.Line("return false;");
        }

        w.Line();
        w.Line("// Disjoint intervals of fixed regions, sorted by base, each owned by its innermost region.");
        w.Table("private static global::System.ReadOnlySpan<ulong> FindBases", "ulong", bases, names, c.PacksTables);
        w.Table("private static global::System.ReadOnlySpan<ulong> FindLasts", "ulong", lasts, names, c.PacksTables);
        w.Table("private static global::System.ReadOnlySpan<int> FindOwners", "int", owners, names, c.PacksTables);
    }
}
