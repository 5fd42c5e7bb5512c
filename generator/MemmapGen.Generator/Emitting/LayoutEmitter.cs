using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits the <c>Layout</c> struct: a plan's result, its accessors and <c>Format()</c>.</summary>
internal static class LayoutEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            A planned memory map: where each floating region went (and why a disabled one is off), RAM, device memory and
            the highest guest-physical address.
            """);
        using (writer.Block("public struct Layout"))
        {
            EmitFields(writer, context);
            writer.Line();
            writer.Summary("The RAM actually present: from the RAM base, RamSize bytes.");
            writer.Line($"public readonly {TypeNames.MemRange} Ram => new({Literals.UInt64(context.RamBase)}, _ramSize);");
            writer.Line();
            writer.Summary("Hot-pluggable device memory after RAM (not rounded); empty when the plan has none.");
            writer.Lines($"""
                public readonly {TypeNames.MemRange} DeviceMemory => _deviceMemorySize == 0
                    ? default
                    : new({DeviceMemoryBase(context)}, _deviceMemorySize);
                """);
            writer.Line();
            writer.Summary("""
                The highest guest-physical address in use: the end of RAM and device memory (rounded), or of the last placed
                floating region that fits.
                """);
            writer.Line("public readonly ulong HighestGpa => _highestGpa;");
            writer.Line();
            writer.Summary("Bits of physical address the layout needs: 64 minus the leading zeros of HighestGpa.");
            writer.Line($"public readonly int RequiredPhysAddrBits => 64 - {TypeNames.BitOperations}.LeadingZeroCount(_highestGpa);");
            writer.Line();
            writer.Summary("The physical-address width the plan was made for.");
            writer.Line("public readonly int PhysAddrBits => _physAddrBits;");
            writer.Line();
            writer.Summary("The floating layout the plan used.");
            writer.Line($"public readonly {TypeNames.FloatingLayout} FloatingLayout => _floatingLayout;");
            if (context.VersionType is { } versionType)
            {
                writer.Line();
                writer.Summary("The machine version the plan was made for.");
                writer.Line($"public readonly {versionType} Version => _version;");
            }

            foreach (var region in context.Floating)
            {
                writer.Line();
                writer.SummaryXml($"Where {context.See(region)} was placed, and whether it is enabled.");
                var (range, state) = Placement(context, region);
                writer.Lines($"""
                    public readonly {TypeNames.RegionPlacement} {context.Names[region.Ordinal].Placement} => new(
                        {range},
                        {state});
                    """);
            }

            EmitGet(writer, context);
            EmitFormat(writer, context);
            PlannerEmitter.EmitTryCreate(writer, context);
        }
    }

    private static void EmitFields(CodeWriter writer, EmitContext context)
    {
        if (context.Floating.Count > 0 && !context.IsStraightLine)
        {
            writer.Lines($"""
                private FloatingBuffer<ulong> _bases;
                private FloatingBuffer<{TypeNames.PlacementState}> _states;
                private FloatingBuffer<ulong> _sizes;
                """);
        }
        else if (context.Floating.Count > 0)
        {
            writer.Lines("""
                private FloatingBuffer<ulong> _bases;
                // Bit i of the low half: region i is NotRequested or NotIntroduced; of the high half: DoesNotFit or NotIntroduced.
                private ulong _states;
                """);
            foreach (var region in context.Floating)
            {
                if (region.Resizable)
                {
                    writer.Line($"private ulong {context.StoredSize(region)};");
                }
            }
        }

        writer.Lines($"""
            private ulong _ramSize;
            private ulong _deviceMemorySize; // its base follows from the RAM size
            private ulong _highestGpa;
            private int _physAddrBits;
            private {TypeNames.FloatingLayout} _floatingLayout;
            """);
        if (context.VersionType is { } versionType)
        {
            writer.Line($"private {versionType} _version;");
        }
    }

    /// <summary>The arguments of a floating region's placement: its range and its state, read from the plan's fields.</summary>
    private static (string Range, string State) Placement(EmitContext context, RegionSpec region)
    {
        var index = context.FloatingIndex[region.Ordinal];
        var low = index == 0 ? "_states" : $"(_states >> {index})";
        var state = context.IsStraightLine
            ? $"unchecked(({TypeNames.PlacementState})(({low} & 1) | ((_states >> {31 + index}) & 2)))"
            : $"_states[{index}]";
        return ($"new {TypeNames.MemRange}(_bases[{index}], {context.StoredSize(region)})", state);
    }

    /// <summary>Where device memory starts: after RAM, rounded up to the declared alignment (no wrap in a plan that succeeded).</summary>
    private static string DeviceMemoryBase(EmitContext context)
    {
        var alignment = context.Map.Ram?.DeviceMemoryAlignment ?? 0;
        var end = context.RamBase == 0 ? "_ramSize" : $"{Literals.UInt64(context.RamBase)} + _ramSize";
        if (alignment <= 1)
        {
            return context.RamBase == 0 ? end : $"unchecked({end})";
        }

        var mask = Literals.UInt64(alignment - 1);
        return $"unchecked(({end} + {mask}) & ~{mask})";
    }

    private static void EmitGet(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            Any region in this plan: floating regions as placed, RAM with its real size, fixed regions as declared (enabled);
            index-only members are empty.
            """);
        using (writer.Block($"public readonly {TypeNames.RegionPlacement} Get({context.Map.EnumType} region)"))
        {
            writer.Line("int i = OrdinalOf(region);");
            if (context.Map.Ram is { } ram)
            {
                writer.Line($"if (i == {ram.Ordinal}) return new(Ram, {TypeNames.PlacementState}.Enabled);");
            }

            if (!context.IsStraightLine)
            {
                writer.Lines($"""
                    int f = {TypeNames.MemoryExtensions}.BinarySearch(FloatingOrdinals, i);
                    if (f >= 0) return new(new {TypeNames.MemRange}(_bases[f], _sizes[f]), _states[f]);

                    """);
            }
            else if (context.Floating.Count > 0)
            {
                // A case per floating region (at most StraightLineLimit): each has its own size field or constant.
                using (writer.Block("switch (i)"))
                {
                    foreach (var region in context.Floating)
                    {
                        var (range, state) = Placement(context, region);
                        writer.Lines($"""
                            case {region.Ordinal}: // {region.Name}
                                return new(
                                    {range},
                                    {state});
                            """);
                    }
                }

                writer.Line();
            }

            writer.Lines($"""
                return i >= 0 && Kinds[i] is (byte)'1' or (byte)'2' // fixed or RAM
                    ? new(new {TypeNames.MemRange}(Bases[i], Sizes[i]), {TypeNames.PlacementState}.Enabled)
                    : default;
                """);
        }
    }

    private static void EmitFormat(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            The plan as a /proc/iomem-style table: one line per present range, sorted by address, contained ranges indented;
            disabled floating regions last, with the reason.
            """);
        using (writer.Block("public readonly string Format()"))
        {
            writer.Line($"var table = new {TypeNames.LayoutTable}();");
            using (writer.Block("for (int i = 0; i < RegionCount; i++)"))
            {
                writer.Line("var region = FromOrdinal(i);");
                if (context.Map.Ram is { } ram)
                {
                    writer.Lines($$"""
                        if (i == {{ram.Ordinal}})
                        {
                            table.Add(region.ToString(), Ram.Base, Ram.Size);
                            table.Add("device-memory", DeviceMemory.Base, DeviceMemory.Size);
                        }
                        else if (Kinds[i] == '1') // fixed
                        """);
                }
                else
                {
                    writer.Line("if (Kinds[i] == '1') // fixed");
                }

                writer.Lines("""
                        table.Add(region.ToString(), Bases[i], Sizes[i]);
                    else if (Kinds[i] == '3') // floating
                        table.Add(region.ToString(), Get(region));
                    """);
            }

            writer.Line();
            writer.Line("return table.ToString();");
        }
    }
}
