using System.Collections.Generic;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits the planner. Up to <see cref="EmitContext.StraightLineLimit"/> floating regions it is straight-line code
/// with every size, mask and limit folded in; above that, one loop over constant tables. Every step is
/// overflow-checked, so any 64-bit input yields a layout or a typed error.
/// </summary>
internal static class PlannerEmitter
{
    private const string Error = "global::MemmapGen.PlanError";
    private const string Kind = "global::MemmapGen.PlanErrorKind";
    private const string State = "global::MemmapGen.PlacementState";

    public static void EmitEntryPoints(CodeWriter w, EmitContext c)
    {
        w.Line();
        w.Summary("Plans the floating regions for these options; throws MemmapPlanException when the options cannot be planned.");
        using (w.Block("public static Layout Plan(in PlanOptions options)"))
        {
            w.Line("if (!Layout.TryCreate(in options, out var layout, out var error))");
            w.Line("    throw new global::MemmapGen.MemmapPlanException(error);");
            w.Line("return layout;");
        }

        w.Line();
        w.Summary("Plans the floating regions for these options; on failure returns false and a typed error. Allocates nothing.");
        w.Line("public static bool TryPlan(in PlanOptions options, out Layout layout, out " + Error + " error) =>");
        w.Line("    Layout.TryCreate(in options, out layout, out error);");
    }

    public static void EmitTryCreate(CodeWriter w, EmitContext c)
    {
        var bounds = c.IsStraightLine ? Planning.FastPathBounds.For(c.Map, c.Floating) : null;
        if (bounds is not null)
        {
            w.Line();
            w.Summary("The planner. Same as TryPlan on the companion class.");
            using (w.Block("public static bool TryCreate(in PlanOptions options, out Layout layout, out " + Error + " error)"))
            {
                FastPathEmitter.Emit(w, c, bounds);
                w.Line("return TryCreateChecked(in options, out layout, out error);");
            }
        }

        // The checked planner: every input, every error, overflow-safe at each step (the fast path's fallback).
        w.Line();
        if (bounds is null)
        {
            w.Summary("The planner. Same as TryPlan on the companion class.");
        }
        else
        {
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        }

        using (w.Block((bounds is null ? "public static bool TryCreate" : "private static bool TryCreateChecked") + "(in PlanOptions options, out Layout layout, out " + Error + " error)"))
        {
            w.Line("layout = default;");
            EmitRaisedSizes(w, c);
            EmitInputChecks(w, c);
            EmitVersion(w, c);
            EmitMemory(w, c);
            if (c.Floating.Count > 0)
            {
                w.Line();
                w.Line(c.VersionType is null
                    ? "bool legacy = options.FloatingLayout == global::MemmapGen.FloatingLayout.Legacy;"
                    : "bool legacy = (options.FloatingLayout ?? VersionLayout(version)) == global::MemmapGen.FloatingLayout.Legacy;");
                w.Line("bool full = false; // the cursor has reached 2^64: nothing more fits");
                if (c.IsStraightLine)
                {
                    w.Line("ulong regionBase;");
                    w.Line("bool wrap, fits;");
                    w.Line(State + " state;");
                    foreach (var region in c.Floating)
                    {
                        EmitStraightLineRegion(w, c, region);
                    }
                }
                else
                {
                    EmitLoop(w, c);
                }
            }

            w.Line();
            w.Line("layout._ramSize = ramSize;");
            w.Line("layout._deviceMemorySize = deviceMemorySize;");
            w.Line("layout._highestGpa = highest;");
            w.Line("layout._physAddrBits = bits;");
            w.Line(c.VersionType is null
                ? "layout._floatingLayout = options.FloatingLayout ?? global::MemmapGen.FloatingLayout.Compact;"
                : "layout._floatingLayout = options.FloatingLayout ?? VersionLayout(version);");
            if (c.VersionType is not null)
            {
                w.Line("layout._version = version;");
            }

            w.Line("error = default;");
            w.Line("return true;");
        }
    }

    private static string SizeVariable(EmitContext c, RegionSpec region) => "size" + c.FloatingIndex[region.Ordinal];

    /// <summary>Resizable regions: validated first, as QEMU validates highmem-mmio-size when it is set.</summary>
    private static void EmitRaisedSizes(CodeWriter w, EmitContext c)
    {
        foreach (var region in c.Floating)
        {
            if (!region.Resizable)
            {
                continue;
            }

            var size = SizeVariable(c, region);
            var declared = Literals.UInt64(region.Size);
            var name = Literals.String(region.Name);
            w.Line();
            w.Line("ulong " + size + " = options." + c.Names[region.Ordinal].RaisedSize + " ?? " + declared + ";");
            Fail(w, size + " == 0 || (" + size + " & (" + size + " - 1)) != 0", "SizeNotPowerOfTwo, " + size + ", " + declared + ", 0, " + name);
            Fail(w, size + " < " + declared, "SizeBelowDeclared, " + size + ", " + declared + ", 0, " + name);
        }
    }

    private static void EmitInputChecks(CodeWriter w, EmitContext c)
    {
        var ram = c.Map.Ram;
        w.Line();
        if (ram is { MaxSlots: > 0 })
        {
            Fail(w, "options.RamSlots > " + ram.MaxSlots + "UL", "TooManySlots, options.RamSlots, " + ram.MaxSlots + "UL");
        }

        w.Line("int bits = options.PhysAddrBits;");
        Fail(w, "bits < 1 || bits > " + c.Map.AddressBits, "InvalidPhysAddrBits, unchecked((ulong)(long)bits), " + c.Map.AddressBits + "UL");
        w.Line("ulong limit = bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1; // last usable address");
        w.Line("ulong ramSize = options.RamSize;");
        w.Line("ulong maxRam = options.MaxRamSize == 0 ? ramSize : options.MaxRamSize;");
        Fail(w, "maxRam < ramSize", "MaxRamBelowRam, maxRam, ramSize");
    }

    /// <summary>The machine version: the newest unless the options name one; its position drives defaults.</summary>
    private static void EmitVersion(CodeWriter w, EmitContext c)
    {
        if (c.VersionType is null)
        {
            return;
        }

        w.Line("var version = options.Version ?? LatestVersion;");
        w.Line("int versionOrdinal = VersionOrdinal(version);");
        Fail(w, "versionOrdinal < 0", "UnknownVersion, unchecked((ulong)version)");
    }

    /// <summary>Whether the region is wanted: the option, else the version's default.</summary>
    private static string Requested(EmitContext c, RegionSpec region, string option) =>
        region.EnabledSince >= 0 && c.VersionType is not null
            ? option + " ?? (versionOrdinal >= " + region.EnabledSince + ")"
            : option + " ?? true";

    /// <summary>RAM, then device memory rounded to the declared alignment, then the start of the floating area.</summary>
    private static void EmitMemory(CodeWriter w, EmitContext c)
    {
        var ram = c.Map.Ram;
        var ramBase = Literals.UInt64(c.RamBase);
        var align = ram?.DeviceMemoryAlignment ?? 0;
        var mask = align == 0 ? null : Literals.UInt64(align - 1);
        var slotSize = ram?.SlotSize ?? 0;

        w.Line();
        w.Line("// RAM and hot-plug device memory. Any step that would pass 2^64 is an error, never a wrap.");
        w.Line("bool overflow = ramSize > ulong.MaxValue - " + ramBase + ";");
        w.Line("ulong ramEnd = unchecked(" + ramBase + " + ramSize);");
        if (mask is null)
        {
            w.Line("ulong deviceMemoryBase = ramEnd;");
        }
        else
        {
            w.Line("overflow |= ramEnd > ulong.MaxValue - " + mask + ";");
            w.Line("ulong deviceMemoryBase = unchecked(ramEnd + " + mask + ") & ~" + mask + ";");
        }

        if (slotSize == 0)
        {
            w.Line("ulong deviceMemorySize = maxRam - ramSize;");
        }
        else
        {
            var slot = Literals.UInt64(slotSize);
            if (slotSize > 1)
            {
                w.Line("overflow |= options.RamSlots > ulong.MaxValue / " + slot + ";");
            }

            w.Line("ulong slotBytes = unchecked(options.RamSlots * " + slot + ");");
            w.Line("ulong deviceMemorySize = unchecked(maxRam - ramSize + slotBytes);");
            w.Line("overflow |= deviceMemorySize < slotBytes;");
        }

        if (mask is null)
        {
            w.Line("ulong memTop = unchecked(deviceMemoryBase + deviceMemorySize);");
            w.Line("overflow |= memTop < deviceMemoryBase;");
        }
        else
        {
            w.Line("overflow |= deviceMemorySize > ulong.MaxValue - " + mask + ";");
            w.Line("ulong memTop = unchecked(deviceMemoryBase + ((deviceMemorySize + " + mask + ") & ~" + mask + "));");
            w.Line("overflow |= memTop < deviceMemoryBase;");
        }

        // The width check sees the wrapped top first, as QEMU's virt_set_memmap does, so both report the same error.
        Fail(w, "memTop != 0 && memTop - 1 > limit", "MemoryExceedsAddressSpace, memTop - 1 - limit, limit, bits");
        Fail(w, "overflow", "MemoryOverflow");
        w.Line("ulong highest = memTop == 0 ? 0 : memTop - 1;");
        if (c.Floating.Count > 0)
        {
            var floor = c.Floor;
            w.Line(floor == 0
                ? "ulong next = memTop; // where the floating area starts"
                : "ulong next = memTop < " + Literals.UInt64(floor) + " ? " + Literals.UInt64(floor) + " : memTop; // the floating area starts at the end of the RAM window at the lowest");
        }
    }

    private static void EmitStraightLineRegion(CodeWriter w, EmitContext c, RegionSpec region)
    {
        var index = c.FloatingIndex[region.Ordinal];
        // Constants are folded here, so generated code holds no constant arithmetic that could overflow.
        string size, sizeLessOne, mask;
        if (region.Resizable)
        {
            size = SizeVariable(c, region);
            sizeLessOne = "(" + size + " - 1)";
            mask = region.Alignment != 0 ? Literals.UInt64(region.Alignment - 1) : sizeLessOne;
        }
        else
        {
            size = Literals.UInt64(region.Size);
            sizeLessOne = Literals.UInt64(region.Size == 0 ? 0 : region.Size - 1);
            var alignment = EmitContext.FloatingAlignment(region);
            mask = Literals.UInt64(alignment == 0 ? 0 : alignment - 1);
        }

        var alignedTo = region.Alignment != 0 ? AddressText.Size(region.Alignment) : "its size";
        w.Line();
        w.Line("// " + region.Name + ": " + (region.Resizable ? "raised size" : AddressText.Size(region.Size)) + ", aligned to " + alignedTo + ".");
        CodeWriter.Scope? introduced = null;
        if (region.Since >= 0 && c.VersionType is not null)
        {
            using (w.Block("if (versionOrdinal < " + region.Since + ") // older versions do not have it: it reserves nothing"))
            {
                if (region.Resizable)
                {
                    w.Line("layout." + c.StoredSize(region) + " = " + size + ";");
                }

                w.Line("layout._states |= " + Literals.UInt64((1UL << index) | (1UL << (32 + index))) + "; // NotIntroduced: both halves");
            }

            w.Line("else");
            w.Line("{");
            introduced = w.Indent();
        }

        w.Line("wrap = full || next > ulong.MaxValue - " + mask + ";");
        w.Line("regionBase = wrap ? 0 : (next + " + mask + ") & ~" + mask + ";");
        w.Line(region.Size == 0 && !region.Resizable
            ? "fits = false; // an empty region never fits"
            : "fits = !wrap && regionBase <= limit && " + sizeLessOne + " <= limit - regionBase;");
        w.Line("state = !(" + Requested(c, region, "options." + c.Names[region.Ordinal].Enable) + ") ? " + State + ".NotRequested : fits ? " + State + ".Enabled : " + State + ".DoesNotFit;");
        w.Line("layout._bases[" + index + "] = regionBase;");
        if (region.Resizable)
        {
            w.Line("layout." + c.StoredSize(region) + " = " + size + ";");
        }

        w.Line(StoreState(index, "state"));
        using (w.Block("if (legacy || state == " + State + ".Enabled) // compact: a disabled region reserves nothing"))
        {
            w.Line("if (fits) highest = regionBase + " + sizeLessOne + ";");
            w.Line("full = wrap || " + size + " > ulong.MaxValue - regionBase;");
            w.Line("next = unchecked(regionBase + " + size + ");");
        }

        introduced?.Dispose();
    }

    /// <summary>Straight-line plans pack the states into two bit masks (see the Layout's _states field): bit 0 of the state into the low half, bit 1 into the high half.</summary>
    private static string StoreState(int index, string state) =>
        "layout._states |= (((ulong)" + state + " & 1) << " + index + ") | (((ulong)" + state + " >> 1) << " + (32 + index) + ");";

    private static void EmitLoop(CodeWriter w, EmitContext c)
    {
        var sizes = new List<string>();
        var alignments = new List<string>();
        var since = new List<string>();
        var enabledSince = new List<string>();
        foreach (var region in c.Floating)
        {
            sizes.Add(Literals.UInt64(region.Size));
            alignments.Add(Literals.UInt64(region.Alignment));
            since.Add(Literals.Int32(c.VersionType is null ? -1 : region.Since));
            enabledSince.Add(Literals.Int32(c.VersionType is null ? -1 : region.EnabledSince));
        }

        if (c.VersionType is null)
        {
            w.Line("int versionOrdinal = 0;");
        }

        w.Line("global::System.Span<ulong> sizes = stackalloc ulong[" + c.Floating.Count + "];");
        w.Line("FloatingSizes().CopyTo(sizes);");
        foreach (var region in c.Floating)
        {
            if (region.Resizable)
            {
                w.Line("sizes[" + c.FloatingIndex[region.Ordinal] + "] = " + SizeVariable(c, region) + ";");
            }
        }

        using (w.Block("for (int i = 0; i < " + c.Floating.Count + "; i++)"))
        {
            w.Line("ulong size = sizes[i];");
            using (w.Block("if (versionOrdinal < FloatingSince()[i])"))
            {
                w.Line("layout._sizes[i] = size;");
                w.Line("layout._states[i] = " + State + ".NotIntroduced;");
                w.Line("continue;");
            }

            w.Line("ulong alignment = FloatingAlignments()[i];");
            w.Line("ulong mask = unchecked((alignment == 0 ? size : alignment) - 1);");
            w.Line("bool wrap = full || next > ulong.MaxValue - mask;");
            w.Line("ulong regionBase = wrap ? 0 : (next + mask) & ~mask;");
            w.Line("bool fits = !wrap && size != 0 && regionBase <= limit && size - 1 <= limit - regionBase;");
            w.Line("byte request = options.Requests[i];");
            w.Line("bool requested = request == 1 || (request == 0 && versionOrdinal >= FloatingEnabledSince()[i]);");
            w.Line("var state = !requested ? " + State + ".NotRequested : fits ? " + State + ".Enabled : " + State + ".DoesNotFit;");
            w.Line("layout._bases[i] = regionBase;");
            w.Line("layout._sizes[i] = size;");
            w.Line("layout._states[i] = state;");
            using (w.Block("if (legacy || state == " + State + ".Enabled)"))
            {
                w.Line("if (fits) highest = regionBase + (size - 1);");
                w.Line("full = wrap || size > ulong.MaxValue - regionBase;");
                w.Line("next = unchecked(regionBase + size);");
            }
        }

        w.Line();
        w.Line("static global::System.ReadOnlySpan<ulong> FloatingSizes() => new ulong[] { " + string.Join(", ", sizes) + " };");
        w.Line("static global::System.ReadOnlySpan<ulong> FloatingAlignments() => new ulong[] { " + string.Join(", ", alignments) + " };");
        w.Line("static global::System.ReadOnlySpan<int> FloatingSince() => new int[] { " + string.Join(", ", since) + " };");
        w.Line("static global::System.ReadOnlySpan<int> FloatingEnabledSince() => new int[] { " + string.Join(", ", enabledSince) + " };");
    }

    private static void Fail(CodeWriter w, string condition, string arguments)
    {
        using (w.Block("if (" + condition + ")"))
        {
            w.Line("error = new " + Error + "(" + Kind + "." + arguments + ");");
            w.Line("return false;");
        }
    }
}
