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
                w.Line("public readonly global::MemmapGen.RegionPlacement " + c.PlacementNames[region.Ordinal] + " => " + Placement(c, region) + ";");
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
            using (w.Block("switch (region)"))
            {
                foreach (var region in c.Map.Regions)
                {
                    if (!c.IsFirstOfValue[region.Ordinal])
                    {
                        continue;
                    }

                    switch (region.Kind)
                    {
                        case RegionKind.Floating:
                            w.Line("case " + c.Member(region) + ": return " + Placement(c, region) + ";");
                            break;
                        case RegionKind.Ram when c.Map.Ram?.Ordinal == region.Ordinal:
                            w.Line("case " + c.Member(region) + ": return new(Ram, global::MemmapGen.PlacementState.Enabled);");
                            break;
                        case RegionKind.Fixed:
                        case RegionKind.Ram:
                            w.Line("case " + c.Member(region) + ": return new(new global::MemmapGen.MemRange(" + Literals.UInt64(region.Base) + ", " + Literals.UInt64(region.Size) + "), global::MemmapGen.PlacementState.Enabled);");
                            break;
                    }
                }

                w.Line("default: return default;");
            }
        }
    }

    private static void EmitFormat(CodeWriter w, EmitContext c)
    {
        w.Line();
        w.Summary("The plan as a /proc/iomem-style table: one line per present range, sorted by address, contained ranges indented; disabled floating regions last, with the reason.");
        using (w.Block("public readonly string Format()"))
        {
            w.Line("var table = new global::MemmapGen.LayoutTable();");
            foreach (var region in c.Map.Regions)
            {
                var name = Literals.String(region.Name);
                switch (region.Kind)
                {
                    case RegionKind.Fixed:
                        w.Line("table.Add(" + name + ", " + Literals.UInt64(region.Base) + ", " + Literals.UInt64(region.Size) + ");");
                        break;
                    case RegionKind.Ram when c.Map.Ram?.Ordinal == region.Ordinal:
                        w.Line("table.Add(" + name + ", Ram.Base, Ram.Size);");
                        w.Line("table.Add(\"device-memory\", DeviceMemory.Base, DeviceMemory.Size);");
                        break;
                    case RegionKind.Floating:
                        w.Line("table.Add(" + name + ", " + Placement(c, region) + ");");
                        break;
                }
            }

            w.Line("return table.ToString();");
        }
    }
}
