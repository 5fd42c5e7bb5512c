using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits the <c>Layout</c> struct: a plan's result, its accessors and <c>Format()</c>.</summary>
internal static class LayoutEmitter
{
    public static void Emit(CodeWriter w, EmitContext c)
    {
        var type = c.Map.EnumType;
        var hasFloating = c.Floating.Count > 0;
        w.Line();
        w.Summary("A planned memory map: where each floating region went (and why a disabled one is off), RAM, device memory and the highest guest-physical address.");
        using (w.Block("public struct Layout"))
        {
            if (hasFloating)
            {
                w.Line("private FloatingBuffer<ulong> _bases;");
                if (!c.IsStraightLine)
                {
                    w.Line("private FloatingBuffer<global::MemmapGen.PlacementState> _states;");
                    w.Line("private FloatingBuffer<ulong> _sizes;");
                }
                else
                {
                    w.Line("// Bit i of the low half: region i is NotRequested or NotIntroduced; of the high half: DoesNotFit or NotIntroduced.");
                    w.Line("private ulong _states;");
                    foreach (var region in c.Floating)
                    {
                        if (region.Resizable)
                        {
                            w.Line("private ulong " + c.StoredSize(region) + ";");
                        }
                    }
                }
            }

            w.Line("private ulong _ramSize;");
            w.Line("private ulong _deviceMemorySize; // its base follows from the RAM size");
            w.Line("private ulong _highestGpa;");
            w.Line("private int _physAddrBits;");
            w.Line("private global::MemmapGen.FloatingLayout _floatingLayout;");
            if (c.VersionType is not null)
            {
                w.Line("private " + c.VersionType + " _version;");
            }

            w.Line();
            w.Summary("The RAM actually present: from the RAM base, RamSize bytes.");
            w.Line("public readonly global::MemmapGen.MemRange Ram => new(" + Literals.UInt64(c.RamBase) + ", _ramSize);");
            w.Line();
            w.Summary("Hot-pluggable device memory after RAM (not rounded); empty when the plan has none.");
            w.Line("public readonly global::MemmapGen.MemRange DeviceMemory => _deviceMemorySize == 0 ? default : new(" + DeviceMemoryBase(c) + ", _deviceMemorySize);");
            w.Line();
            w.Summary("The highest guest-physical address in use: the end of RAM and device memory (rounded), or of the last placed floating region that fits.");
            w.Line("public readonly ulong HighestGpa => _highestGpa;");
            w.Line();
            w.Summary("Bits of physical address the layout needs: 64 minus the leading zeros of HighestGpa.");
            w.Line("public readonly int RequiredPhysAddrBits => 64 - global::System.Numerics.BitOperations.LeadingZeroCount(_highestGpa);");
            w.Line();
            w.Summary("The physical-address width the plan was made for.");
            w.Line("public readonly int PhysAddrBits => _physAddrBits;");
            w.Line();
            w.Summary("The floating layout the plan used.");
            w.Line("public readonly global::MemmapGen.FloatingLayout FloatingLayout => _floatingLayout;");
            if (c.VersionType is not null)
            {
                w.Line();
                w.Summary("The machine version the plan was made for.");
                w.Line("public readonly " + c.VersionType + " Version => _version;");
            }

            foreach (var region in c.Floating)
            {
                w.Line();
                w.SummaryXml("Where " + c.See(region) + " was placed, and whether it is enabled.");
                w.Line("public readonly global::MemmapGen.RegionPlacement " + c.Names[region.Ordinal].Placement + " => " + Placement(c, region) + ";");
            }

            EmitGet(w, c, type);
            EmitFormat(w, c);
            PlannerEmitter.EmitTryCreate(w, c);
        }
    }

    private static string Placement(EmitContext c, RegionSpec region)
    {
        var index = c.FloatingIndex[region.Ordinal];
        var state = c.IsStraightLine
            ? "unchecked((global::MemmapGen.PlacementState)((" + (index == 0 ? "_states" : "(_states >> " + index + ")") + " & 1) | ((_states >> " + (31 + index) + ") & 2)))"
            : "_states[" + index + "]";
        return "new(new global::MemmapGen.MemRange(_bases[" + index + "], " + c.StoredSize(region) + "), " + state + ")";
    }

    /// <summary>Where device memory starts: after RAM, rounded up to the declared alignment (no wrap in a plan that succeeded).</summary>
    private static string DeviceMemoryBase(EmitContext c)
    {
        var alignment = c.Map.Ram?.DeviceMemoryAlignment ?? 0;
        var end = c.RamBase == 0 ? "_ramSize" : Literals.UInt64(c.RamBase) + " + _ramSize";
        if (alignment <= 1)
        {
            return c.RamBase == 0 ? end : "unchecked(" + end + ")";
        }

        var mask = Literals.UInt64(alignment - 1);
        return "unchecked((" + end + " + " + mask + ") & ~" + mask + ")";
    }

    private static void EmitGet(CodeWriter w, EmitContext c, string type)
    {
        w.Line();
        w.Summary("Any region in this plan: floating regions as placed, RAM with its real size, fixed regions as declared (enabled); index-only members are empty.");
        using (w.Block("public readonly global::MemmapGen.RegionPlacement Get(" + type + " region)"))
        {
            w.Line("int i = OrdinalOf(region);");
            if (c.Map.Ram is { } ram)
            {
                w.Line("if (i == " + ram.Ordinal + ") return new(Ram, global::MemmapGen.PlacementState.Enabled);");
            }

            if (c.IsStraightLine)
            {
                // A case per floating region (at most StraightLineLimit): each has its own size field or constant.
                if (c.Floating.Count > 0)
                {
                    using (w.Block("switch (i)"))
                    {
                        foreach (var region in c.Floating)
                        {
                            w.Line("case " + region.Ordinal + ": return " + Placement(c, region) + "; // " + region.Name);
                        }
                    }

                    w.Line();
                }
            }
            else
            {
                w.Line("int f = global::System.MemoryExtensions.BinarySearch(FloatingOrdinals, i);");
                w.Line("if (f >= 0) return new(new global::MemmapGen.MemRange(_bases[f], _sizes[f]), _states[f]);");
                w.Line();
            }

            w.Line("return i >= 0 && Kinds[i] is (byte)'1' or (byte)'2' // fixed or RAM");
            w.Line("    ? new(new global::MemmapGen.MemRange(Bases[i], Sizes[i]), global::MemmapGen.PlacementState.Enabled)");
            w.Line("    : default;");
        }
    }

    private static void EmitFormat(CodeWriter w, EmitContext c)
    {
        w.Line();
        w.Summary("The plan as a /proc/iomem-style table: one line per present range, sorted by address, contained ranges indented; disabled floating regions last, with the reason.");
        using (w.Block("public readonly string Format()"))
        {
            w.Line("var table = new global::MemmapGen.LayoutTable();");
            using (w.Block("for (int i = 0; i < RegionCount; i++)"))
            {
                w.Line("var region = FromOrdinal(i);");
                if (c.Map.Ram is { } ram)
                {
                    using (w.Block("if (i == " + ram.Ordinal + ")"))
                    {
                        w.Line("table.Add(region.ToString(), Ram.Base, Ram.Size);");
                        w.Line("table.Add(\"device-memory\", DeviceMemory.Base, DeviceMemory.Size);");
                    }
                    w.Line("else if (Kinds[i] == '1') // fixed");
                }
                else
                {
                    w.Line("if (Kinds[i] == '1') // fixed");
                }

                w.Line("    table.Add(region.ToString(), Bases[i], Sizes[i]);");
                w.Line("else if (Kinds[i] == '3') // floating");
                w.Line("    table.Add(region.ToString(), Get(region));");
            }

            w.Line();
            w.Line("return table.ToString();");
        }
    }
}
