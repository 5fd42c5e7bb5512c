using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits <c>TryFind</c>: a binary search over the fixed regions flattened at compile time.</summary>
internal static class LookupEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        var intervals = LookupTable.Build(context.Map.Regions);
        var bases = new ulong[intervals.Count];
        var lasts = new ulong[intervals.Count];
        var owners = new ulong[intervals.Count];
        var names = new string[intervals.Count];
        for (var index = 0; index < intervals.Count; index++)
        {
            bases[index] = intervals[index].Base;
            lasts[index] = intervals[index].Last;
            owners[index] = (uint)intervals[index].Ordinal;
            names[index] = context.Map.Regions[intervals[index].Ordinal].Name;
        }

        writer.Line();
        writer.Summary("""
            Which fixed region holds a guest-physical address (the MMIO-exit question). Inside a container the innermost
            region wins. RAM and floating regions are not fixed: ask the planned Layout for those.
            """);
        writer.Lines($$"""
            public static bool TryFind(ulong address, out {{context.Map.EnumType}} region)
            {
                {{TypeNames.ReadOnlySpan}}<ulong> bases = FindBases;
                int lo = 0, hi = bases.Length - 1;
                while (lo <= hi)
                {
                    int mid = (int)((uint)(lo + hi) >> 1);
                    if (bases[mid] <= address) lo = mid + 1; else hi = mid - 1;
                }

                // hi is the last interval starting at or below the address.
                if (hi >= 0 && address <= FindLasts[hi])
                {
                    region = FromOrdinal(FindOwners[hi]);
                    return true;
                }

                region = default;
                return false;
            }

            // Disjoint intervals of fixed regions, sorted by base, each owned by its innermost region.
            """);
        writer.Table($"private static {TypeNames.ReadOnlySpan}<ulong> FindBases", "ulong", bases, names, context.PacksTables);
        writer.Table($"private static {TypeNames.ReadOnlySpan}<ulong> FindLasts", "ulong", lasts, names, context.PacksTables);
        writer.Table($"private static {TypeNames.ReadOnlySpan}<int> FindOwners", "int", owners, names, context.PacksTables);
    }
}
