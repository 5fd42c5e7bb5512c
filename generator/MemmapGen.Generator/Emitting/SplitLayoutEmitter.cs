using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits <c>Layout</c> for a map that splits RAM into banks (docs/split-ram.md): each bank, device memory, each gap and
/// window, the reserved windows' state, the highest used address, the e820 entries and <c>Format()</c>.
/// </summary>
internal static class SplitLayoutEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            A planned memory map: where each RAM bank went, device memory, the gaps and windows, which reserved windows are
            active, the highest used address and the e820 entries.
            """);
        using (writer.Block("public struct Layout"))
        {
            EmitFields(writer, context);
            foreach (var bank in context.Map.Banks)
            {
                EmitBank(writer, context, bank);
            }

            writer.Lines($"""

                /// <summary>Hot-pluggable device memory after the last bank (rounded up); empty when the plan has none.</summary>
                public readonly {TypeNames.MemRange} DeviceMemory => new(_deviceMemoryBase, _deviceMemorySize);
                """);
            foreach (var gap in context.Map.Gaps)
            {
                EmitGap(writer, context, gap);
            }

            foreach (var window in context.Map.Windows)
            {
                EmitWindow(writer, context, window);
            }

            for (var index = 0; index < context.Map.Reserved.Count; index++)
            {
                var region = context.Map.Regions[context.Map.Reserved[index]];
                writer.Line();
                writer.SummaryXml($"Whether {context.See(region)} is active: asked to be avoided and enforced for the version.");
                writer.Line($"public readonly bool {context.Names[region.Ordinal].Active} => {ReservedNames.ReservedActive(index)};");
            }

            writer.Line();
            writer.Summary("""
                The highest guest-physical address the plan uses (inclusive), which the physical-address width must reach:
                the last window's end for 64-bit guests, else the end of device memory or of the last bank (or the top of
                the address width where 32-bit guests are not checked).
                """);
            writer.Line("public readonly ulong LastUsedGpa => _lastUsedGpa;");
            writer.Line();
            writer.Summary("""
                The end of device memory rounded up to its alignment (where firmware may start 64-bit BARs); 0 without
                hot-plug memory.
                """);
            writer.Line("public readonly ulong ReservedMemoryEnd => _reservedMemoryEnd;");
            writer.Line();
            writer.Summary("The physical-address width the plan was made for.");
            writer.Line("public readonly int PhysAddrBits => _physAddrBits;");
            if (context.VersionType is { } versionType)
            {
                writer.Line();
                writer.Summary("The machine version the plan was made for.");
                writer.Line($"public readonly {versionType} Version => _version;");
            }

            SplitE820Emitter.Emit(writer, context);
            EmitGet(writer, context);
            EmitFormat(writer, context);
            SplitPlannerEmitter.Emit(writer, context);
        }
    }

    private static void EmitFields(CodeWriter writer, EmitContext context)
    {
        for (var index = 0; index < context.Map.Banks.Count; index++)
        {
            writer.Line($"private ulong {ReservedNames.BankBase(index)}, {ReservedNames.BankSize(index)};");
            if (context.Map.Banks[index].RelocatePast >= 0)
            {
                writer.Line($"private bool {ReservedNames.BankRelocated(index)};");
            }
        }

        for (var index = 0; index < context.Map.Windows.Count; index++)
        {
            var (windowBase, size, advertised) =
                (ReservedNames.WindowBase(index), ReservedNames.WindowSize(index), ReservedNames.WindowAdvertised(index));
            writer.Line($"private ulong {windowBase}, {size};");
            writer.Line($"private bool {advertised};");
        }

        for (var index = 0; index < context.Map.Reserved.Count; index++)
        {
            writer.Line($"private bool {ReservedNames.ReservedActive(index)}, {ReservedNames.ReservedListed(index)};");
        }

        writer.Lines("""
            private ulong _deviceMemoryBase, _deviceMemorySize;
            private ulong _lastUsedGpa;
            private ulong _reservedMemoryEnd;
            private int _physAddrBits;
            """);
        if (context.VersionType is { } versionType)
        {
            writer.Line($"private {versionType} _version;");
        }
    }

    private static void EmitBank(CodeWriter writer, EmitContext context, BankSpec bank)
    {
        var index = context.SplitIndex[bank.Ordinal];
        var names = context.Names[bank.Ordinal];
        var see = context.See(context.Map.Regions[bank.Ordinal]);
        var last = bank.Ordinal == context.LastBank!.Ordinal;
        var limit = last ? "the RAM the other banks leave" : $"RAM up to its limit (declared {AddressText.Hex(bank.Limit)})";
        var moves = bank.RelocatePast >= 0
            ? $", or past {context.See(context.Map.Regions[bank.RelocatePast])} when relocated"
            : string.Empty;
        writer.Line();
        writer.SummaryXml($"{see}: from {AddressText.Hex(bank.Base)}{moves}, {limit}.");
        writer.Line($"public readonly {TypeNames.MemRange} {names.Placement} => new({ReservedNames.BankBase(index)}, {ReservedNames.BankSize(index)});");
        if (bank.RelocatePast >= 0)
        {
            writer.Line();
            writer.SummaryXml($"Whether {see} moved past {context.See(context.Map.Regions[bank.RelocatePast])}.");
            writer.Line($"public readonly bool {names.Relocated} => {ReservedNames.BankRelocated(index)};");
        }
    }

    /// <summary>The range of a gap: from the bank's end to the region's base (no wrap in a plan that succeeded).</summary>
    internal static string GapRange(EmitContext context, GapSpec gap)
    {
        if (gap.After < 0 || gap.Before < 0)
        {
            return "default";
        }

        var bank = context.SplitIndex[gap.After];
        var end = $"{ReservedNames.BankBase(bank)} + {ReservedNames.BankSize(bank)}";
        var regionBase = Literals.UInt64(context.Map.Regions[gap.Before].Base);
        return $"new(unchecked({end}), unchecked({regionBase} - ({end})))";
    }

    private static void EmitGap(CodeWriter writer, EmitContext context, GapSpec gap)
    {
        var see = context.See(context.Map.Regions[gap.Ordinal]);
        var from = gap.After >= 0 ? context.See(context.Map.Regions[gap.After]) : "(unresolved)";
        var to = gap.Before >= 0 ? context.See(context.Map.Regions[gap.Before]) : "(unresolved)";
        writer.Line();
        writer.SummaryXml($"{see}: the hole from the end of {from} to the base of {to}.");
        writer.Lines($"""
            public readonly {TypeNames.MemRange} {context.Names[gap.Ordinal].Placement} =>
                {GapRange(context, gap)};
            """);
    }

    private static void EmitWindow(CodeWriter writer, EmitContext context, WindowSpec window)
    {
        var index = context.SplitIndex[window.Ordinal];
        var names = context.Names[window.Ordinal];
        var see = context.See(context.Map.Regions[window.Ordinal]);
        var (windowBase, size, advertised) =
            (ReservedNames.WindowBase(index), ReservedNames.WindowSize(index), ReservedNames.WindowAdvertised(index));
        var alignment = window.Alignment > 1 ? $" (rounded up to {AddressText.Size(window.Alignment)})" : string.Empty;
        writer.Line();
        writer.SummaryXml($"{see}: after device memory or the last bank{alignment}, with its planned size.");
        writer.Line($"public readonly {TypeNames.MemRange} {names.Placement} => new({windowBase}, {size});");
        writer.Line();
        writer.SummaryXml($"{see} as advertised to the guest: its end rounded up{alignment}; empty at 0 when not advertised.");
        var end = window.Alignment > 1
            ? $"(({windowBase} + {size} + {Literals.UInt64(window.Alignment - 1)}) & ~{Literals.UInt64(window.Alignment - 1)})"
            : $"({windowBase} + {size})";
        writer.Lines($"""
            public readonly {TypeNames.MemRange} {names.Advertised} => {advertised}
                ? new({windowBase}, unchecked({end} - {windowBase}))
                : default;
            """);
    }

    private static void EmitGet(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            Any region in this plan: banks, gaps and windows as planned, fixed regions and reserved windows as declared
            (enabled); index-only members are empty.
            """);
        using (writer.Block($"public readonly {TypeNames.RegionPlacement} Get({context.Map.EnumType} region)"))
        {
            writer.Line("int i = OrdinalOf(region);");
            using (writer.Block("switch (i)"))
            {
                foreach (var region in context.Map.Regions)
                {
                    if (region.Kind is RegionKind.RamBank or RegionKind.Gap or RegionKind.Window)
                    {
                        var enabled = $"{TypeNames.PlacementState}.Enabled";
                        writer.Line($"case {region.Ordinal}: return new({context.Names[region.Ordinal].Placement}, {enabled});");
                    }
                }
            }

            writer.Lines($"""

                return i >= 0 && Kinds[i] is (byte)'1' or (byte)'5' // fixed or reserved
                    ? new(new {TypeNames.MemRange}(Bases[i], Sizes[i]), {TypeNames.PlacementState}.Enabled)
                    : default;
                """);
        }
    }

    private static void EmitFormat(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            The plan as a /proc/iomem-style table: one line per present range (fixed regions, active reserved windows, banks,
            device memory, gaps and windows), sorted by address, contained ranges indented.
            """);
        using (writer.Block("public readonly string Format()"))
        {
            writer.Line($"var table = new {TypeNames.LayoutTable}();");
            using (writer.Block("for (int i = 0; i < RegionCount; i++)"))
            {
                var reserved = context.Map.Reserved.Count > 0 ? " || (Kinds[i] == '5' && IsActive(i))" : string.Empty;
                writer.Lines($"""
                    var region = FromOrdinal(i);
                    if (Kinds[i] == '1'{reserved}) // fixed, active reserved
                        table.Add(region.ToString(), Bases[i], Sizes[i]);
                    else if (Kinds[i] is (byte)'4' or (byte)'6' or (byte)'7') // bank, gap, window
                        table.Add(region.ToString(), Get(region).Range.Base, Get(region).Range.Size);
                    """);
                if (context.LastBank is { } last)
                {
                    writer.Lines($"""
                        if (i == {last.Ordinal})
                            table.Add("device-memory", _deviceMemoryBase, _deviceMemorySize);
                        """);
                }
            }

            writer.Line();
            writer.Line("return table.ToString();");
        }

        if (context.Map.Reserved.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line("// Whether the reserved window at an ordinal is active (Format lists only those).");
        using (writer.Block("private readonly bool IsActive(int ordinal)"))
        {
            using (writer.Block("switch (ordinal)"))
            {
                for (var index = 0; index < context.Map.Reserved.Count; index++)
                {
                    writer.Line($"case {context.Map.Reserved[index]}: return {ReservedNames.ReservedActive(index)};");
                }
            }

            writer.Line();
            writer.Line("return false;");
        }
    }
}
