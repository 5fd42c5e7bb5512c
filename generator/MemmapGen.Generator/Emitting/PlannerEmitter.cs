using System.Collections.Generic;
using System.Text;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits the planner. Up to <see cref="EmitContext.StraightLineLimit"/> floating regions it is straight-line code
/// with every size, mask and limit folded in; above that, one loop over constant tables. Every step is
/// overflow-checked, so any 64-bit input yields a layout or a typed error.
/// </summary>
internal static class PlannerEmitter
{
    /// <summary>The parameters of TryPlan, TryCreate and TryCreateChecked.</summary>
    internal const string Parameters = $"in PlanOptions options, out Layout layout, out {TypeNames.PlanError} error";

    /// <summary>Loop plans list their constant tables this many characters to a line at most.</summary>
    private const int TableWidth = 100;

    /// <summary>A generated statement up to this long stays on one line; nesting adds up to about 30 more.</summary>
    private const int ShortLine = 100;

    public static void EmitEntryPoints(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Lines($$"""
            /// <summary>
            /// Plans the floating regions for these options; throws MemmapPlanException when the options cannot be
            /// planned.
            /// </summary>
            public static Layout Plan(in PlanOptions options)
            {
                if (!Layout.TryCreate(in options, out var layout, out var error))
                    throw new {{TypeNames.MemmapPlanException}}(error);
                return layout;
            }

            /// <summary>
            /// Plans the floating regions for these options; on failure returns false and a typed error. Allocates
            /// nothing.
            /// </summary>
            public static bool TryPlan({{Parameters}}) =>
                Layout.TryCreate(in options, out layout, out error);
            """);
    }

    public static void EmitTryCreate(CodeWriter writer, EmitContext context)
    {
        var bounds = context.IsStraightLine ? FastPathBounds.For(context.Map, context.Floating) : null;
        writer.Line();
        writer.Summary("The planner. Same as TryPlan on the companion class.");
        if (bounds is null)
        {
            EmitCheckedPlanner(writer, context, "public static bool TryCreate");
            return;
        }

        using (writer.Block($"public static bool TryCreate({Parameters})"))
        {
            FastPathEmitter.Emit(writer, context, bounds);
            writer.Line("return TryCreateChecked(in options, out layout, out error);");
        }

        // The checked planner is the fast path's fallback.
        writer.Line();
        writer.Lines($"""
            [{TypeNames.MethodImpl}(
                {TypeNames.MethodImplOptions}.NoInlining)]
            """);
        EmitCheckedPlanner(writer, context, "private static bool TryCreateChecked");
    }

    /// <summary>The checked planner: every input, every error, overflow-safe at each step.</summary>
    private static void EmitCheckedPlanner(CodeWriter writer, EmitContext context, string declaration)
    {
        using (writer.Block($"{declaration}({Parameters})"))
        {
            writer.Line("layout = default;");
            EmitRaisedSizes(writer, context);
            EmitInputChecks(writer, context);
            EmitVersion(writer, context);
            EmitMemory(writer, context);
            EmitFloatingRegions(writer, context);
            EmitResult(writer, context);
        }
    }

    private static string SizeVariable(EmitContext context, RegionSpec region) =>
        $"size{context.FloatingIndex[region.Ordinal]}";

    /// <summary>Resizable regions: validated first, as QEMU validates highmem-mmio-size when it is set.</summary>
    private static void EmitRaisedSizes(CodeWriter writer, EmitContext context)
    {
        foreach (var region in context.Floating)
        {
            if (!region.Resizable)
            {
                continue;
            }

            var size = SizeVariable(context, region);
            var declared = Literals.UInt64(region.Size);
            var name = Literals.String(region.Name);
            writer.Line();
            writer.Line($"ulong {size} = options.{context.Names[region.Ordinal].RaisedSize} ?? {declared};");
            Fail(writer, $"{size} == 0 || ({size} & ({size} - 1)) != 0", "SizeNotPowerOfTwo", size, declared, "0", name);
            Fail(writer, $"{size} < {declared}", "SizeBelowDeclared", size, declared, "0", name);
        }
    }

    private static void EmitInputChecks(CodeWriter writer, EmitContext context)
    {
        var ram = context.Map.Ram;
        var addressBits = context.Map.AddressBits;
        writer.Line();
        if (ram is { MaxSlots: > 0 })
        {
            Fail(writer, $"options.RamSlots > {ram.MaxSlots}UL", "TooManySlots", "options.RamSlots", $"{ram.MaxSlots}UL");
        }

        writer.Line("int bits = options.PhysAddrBits;");
        var widest = $"{addressBits}UL";
        Fail(writer, $"bits < 1 || bits > {addressBits}", "InvalidPhysAddrBits", "unchecked((ulong)(long)bits)", widest);
        writer.Lines("""
            ulong limit = bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1; // last usable address
            ulong ramSize = options.RamSize;
            ulong maxRam = options.MaxRamSize == 0 ? ramSize : options.MaxRamSize;
            """);
        Fail(writer, "maxRam < ramSize", "MaxRamBelowRam", "maxRam", "ramSize");
    }

    /// <summary>The machine version: the newest unless the options name one; its position drives defaults.</summary>
    private static void EmitVersion(CodeWriter writer, EmitContext context)
    {
        if (context.VersionType is null)
        {
            return;
        }

        writer.Lines("""
            var version = options.Version ?? LatestVersion;
            int versionOrdinal = VersionOrdinal(version);
            """);
        Fail(writer, "versionOrdinal < 0", "UnknownVersion", "unchecked((ulong)version)");
    }

    /// <summary>Whether the region is wanted: the option, else the version's default.</summary>
    private static string Requested(EmitContext context, RegionSpec region)
    {
        var option = $"options.{context.Names[region.Ordinal].Enable}";
        return region.EnabledSince >= 0 && context.VersionType is not null
            ? $"{option} ?? (versionOrdinal >= {region.EnabledSince})"
            : $"{option} ?? true";
    }

    /// <summary>RAM, then device memory rounded to the declared alignment, then the start of the floating area.</summary>
    private static void EmitMemory(CodeWriter writer, EmitContext context)
    {
        var alignment = context.Map.Ram?.DeviceMemoryAlignment ?? 0;
        var mask = alignment == 0 ? null : Literals.UInt64(alignment - 1);
        writer.Line();
        writer.Line("// RAM and hot-plug device memory. Any step that would pass 2^64 is an error, never a wrap.");
        EmitDeviceMemory(writer, context, mask);
        EmitMemoryTop(writer, mask);

        // The width check sees the wrapped top first, as QEMU's virt_set_memmap does, so both report the same error.
        Fail(writer, "memTop != 0 && memTop - 1 > limit", "MemoryExceedsAddressSpace", "memTop - 1 - limit", "limit", "bits");
        Fail(writer, "overflow", "MemoryOverflow");
        writer.Line("ulong highest = memTop == 0 ? 0 : memTop - 1;");
        EmitFloatingStart(writer, context);
    }

    /// <summary>Where device memory starts (the end of RAM, rounded up) and its size (hot-plug room and slots).</summary>
    private static void EmitDeviceMemory(CodeWriter writer, EmitContext context, string? mask)
    {
        var ramBase = Literals.UInt64(context.RamBase);
        var slotSize = context.Map.Ram?.SlotSize ?? 0;
        writer.Lines($"""
            bool overflow = ramSize > ulong.MaxValue - {ramBase};
            ulong ramEnd = unchecked({ramBase} + ramSize);
            """);
        if (mask is null)
        {
            writer.Line("ulong deviceMemoryBase = ramEnd;");
        }
        else
        {
            writer.Lines($"""
                overflow |= ramEnd > ulong.MaxValue - {mask};
                ulong deviceMemoryBase = unchecked(ramEnd + {mask}) & ~{mask};
                """);
        }

        if (slotSize == 0)
        {
            writer.Line("ulong deviceMemorySize = maxRam - ramSize;");
            return;
        }

        var slot = Literals.UInt64(slotSize);
        if (slotSize > 1)
        {
            writer.Line($"overflow |= options.RamSlots > ulong.MaxValue / {slot};");
        }

        writer.Lines($"""
            ulong slotBytes = unchecked(options.RamSlots * {slot});
            ulong deviceMemorySize = unchecked(maxRam - ramSize + slotBytes);
            overflow |= deviceMemorySize < slotBytes;
            """);
    }

    /// <summary>The end of device memory, its size rounded up like its base.</summary>
    private static void EmitMemoryTop(CodeWriter writer, string? mask)
    {
        if (mask is null)
        {
            writer.Line("ulong memTop = unchecked(deviceMemoryBase + deviceMemorySize);");
        }
        else
        {
            writer.Lines($"""
                overflow |= deviceMemorySize > ulong.MaxValue - {mask};
                ulong memTop = unchecked(deviceMemoryBase + ((deviceMemorySize + {mask}) & ~{mask}));
                """);
        }

        writer.Line("overflow |= memTop < deviceMemoryBase;");
    }

    private static void EmitFloatingStart(CodeWriter writer, EmitContext context)
    {
        if (context.Floating.Count == 0)
        {
            return;
        }

        if (context.Floor == 0)
        {
            writer.Line("ulong next = memTop; // where the floating area starts");
            return;
        }

        var floor = Literals.UInt64(context.Floor);
        writer.Lines($"""
            // The floating area starts at the end of the RAM window at the lowest.
            ulong next = memTop < {floor} ? {floor} : memTop;
            """);
    }

    private static void EmitFloatingRegions(CodeWriter writer, EmitContext context)
    {
        if (context.Floating.Count == 0)
        {
            return;
        }

        var floatingLayout = context.VersionType is null
            ? "options.FloatingLayout"
            : "(options.FloatingLayout ?? VersionLayout(version))";
        writer.Line();
        writer.Lines($"""
            bool legacy = {floatingLayout} == {TypeNames.FloatingLayout}.Legacy;
            bool full = false; // the cursor has reached 2^64: nothing more fits
            """);
        if (!context.IsStraightLine)
        {
            EmitLoop(writer, context);
            return;
        }

        writer.Lines($"""
            ulong regionBase;
            bool wrap, fits;
            {TypeNames.PlacementState} state;
            """);
        foreach (var region in context.Floating)
        {
            EmitStraightLineRegion(writer, context, region);
        }
    }

    private static void EmitResult(CodeWriter writer, EmitContext context)
    {
        var defaultLayout = context.VersionType is null ? $"{TypeNames.FloatingLayout}.Compact" : "VersionLayout(version)";
        writer.Line();
        writer.Lines($"""
            layout._ramSize = ramSize;
            layout._deviceMemorySize = deviceMemorySize;
            layout._highestGpa = highest;
            layout._physAddrBits = bits;
            layout._floatingLayout = options.FloatingLayout ?? {defaultLayout};
            """);
        if (context.VersionType is not null)
        {
            writer.Line("layout._version = version;");
        }

        writer.Lines("""
            error = default;
            return true;
            """);
    }

    private static void EmitStraightLineRegion(CodeWriter writer, EmitContext context, RegionSpec region)
    {
        var floatingIndex = context.FloatingIndex[region.Ordinal];
        var size = region.Resizable ? SizeVariable(context, region) : Literals.UInt64(region.Size);
        var declared = region.Resizable ? "raised size" : AddressText.Size(region.Size);
        var alignedTo = region.Alignment != 0 ? AddressText.Size(region.Alignment) : "its size";
        writer.Line();
        writer.Line($"// {region.Name}: {declared}, aligned to {alignedTo}.");
        CodeWriter.Scope? introduced = null;
        if (region.Since >= 0 && context.VersionType is not null)
        {
            using (writer.Block($"if (versionOrdinal < {region.Since}) // older versions do not have it: it reserves nothing"))
            {
                if (region.Resizable)
                {
                    writer.Line($"layout.{context.StoredSize(region)} = {size};");
                }

                var bothHalves = Literals.UInt64((1UL << floatingIndex) | (1UL << (32 + floatingIndex)));
                writer.Line($"layout._states |= {bothHalves}; // NotIntroduced: both halves");
            }

            introduced = writer.Block("else");
        }

        EmitStraightLinePlacement(writer, context, region, size);
        introduced?.Dispose();
    }

    /// <summary>Aligns the cursor, decides the region's state, stores it and moves the cursor past the region.</summary>
    private static void EmitStraightLinePlacement(CodeWriter writer, EmitContext context, RegionSpec region, string size)
    {
        // Constants are folded here, so generated code holds no constant arithmetic that could overflow.
        string sizeLessOne, mask;
        if (region.Resizable)
        {
            sizeLessOne = $"({size} - 1)";
            mask = region.Alignment != 0 ? Literals.UInt64(region.Alignment - 1) : sizeLessOne;
        }
        else
        {
            sizeLessOne = Literals.UInt64(region.Size == 0 ? 0 : region.Size - 1);
            var alignment = EmitContext.FloatingAlignment(region);
            mask = Literals.UInt64(alignment == 0 ? 0 : alignment - 1);
        }

        var fits = region.Size == 0 && !region.Resizable
            ? "fits = false; // an empty region never fits"
            : $"fits = !wrap && regionBase <= limit && {sizeLessOne} <= limit - regionBase;";
        var floatingIndex = context.FloatingIndex[region.Ordinal];
        writer.Lines($"""
            wrap = full || next > ulong.MaxValue - {mask};
            regionBase = wrap ? 0 : (next + {mask}) & ~{mask};
            {fits}
            state = !({Requested(context, region)}) ? {TypeNames.PlacementState}.NotRequested
                : fits ? {TypeNames.PlacementState}.Enabled
                : {TypeNames.PlacementState}.DoesNotFit;
            layout._bases[{floatingIndex}] = regionBase;
            """);
        if (region.Resizable)
        {
            writer.Line($"layout.{context.StoredSize(region)} = {size};");
        }

        writer.Lines($$"""
            {{StoreState(floatingIndex)}}
            if (legacy || state == {{TypeNames.PlacementState}}.Enabled) // compact: a disabled region reserves nothing
            {
                if (fits) highest = regionBase + {{sizeLessOne}};
                full = wrap || {{size}} > ulong.MaxValue - regionBase;
                next = unchecked(regionBase + {{size}});
            }
            """);
    }

    /// <summary>
    /// Straight-line plans pack the states into two bit masks (see the Layout's _states field): bit 0 of the state
    /// into the low half, bit 1 into the high half.
    /// </summary>
    private static string StoreState(int floatingIndex) =>
        $"layout._states |= (((ulong)state & 1) << {floatingIndex}) | (((ulong)state >> 1) << {32 + floatingIndex});";

    private static void EmitLoop(CodeWriter writer, EmitContext context)
    {
        var count = context.Floating.Count;
        if (context.VersionType is null)
        {
            writer.Line("int versionOrdinal = 0;");
        }

        writer.Lines($"""
            {TypeNames.Span}<ulong> sizes = stackalloc ulong[{count}];
            FloatingSizes().CopyTo(sizes);
            """);
        foreach (var region in context.Floating)
        {
            if (region.Resizable)
            {
                writer.Line($"sizes[{context.FloatingIndex[region.Ordinal]}] = {SizeVariable(context, region)};");
            }
        }

        writer.Lines($$"""
            for (int i = 0; i < {{count}}; i++)
            {
                ulong size = sizes[i];
                if (versionOrdinal < FloatingSince()[i])
                {
                    layout._sizes[i] = size;
                    layout._states[i] = {{TypeNames.PlacementState}}.NotIntroduced;
                    continue;
                }
                ulong alignment = FloatingAlignments()[i];
                ulong mask = unchecked((alignment == 0 ? size : alignment) - 1);
                bool wrap = full || next > ulong.MaxValue - mask;
                ulong regionBase = wrap ? 0 : (next + mask) & ~mask;
                bool fits = !wrap && size != 0 && regionBase <= limit && size - 1 <= limit - regionBase;
                byte request = options.Requests[i];
                bool requested = request == 1 || (request == 0 && versionOrdinal >= FloatingEnabledSince()[i]);
                var state = !requested ? {{TypeNames.PlacementState}}.NotRequested
                    : fits ? {{TypeNames.PlacementState}}.Enabled
                    : {{TypeNames.PlacementState}}.DoesNotFit;
                layout._bases[i] = regionBase;
                layout._sizes[i] = size;
                layout._states[i] = state;
                if (legacy || state == {{TypeNames.PlacementState}}.Enabled)
                {
                    if (fits) highest = regionBase + (size - 1);
                    full = wrap || size > ulong.MaxValue - regionBase;
                    next = unchecked(regionBase + size);
                }
            }
            """);
        EmitLoopTables(writer, context);
    }

    /// <summary>The loop's per-region constants, as spans over data in the assembly image.</summary>
    private static void EmitLoopTables(CodeWriter writer, EmitContext context)
    {
        var sizes = new List<string>();
        var alignments = new List<string>();
        var since = new List<string>();
        var enabledSince = new List<string>();
        foreach (var region in context.Floating)
        {
            sizes.Add(Literals.UInt64(region.Size));
            alignments.Add(Literals.UInt64(region.Alignment));
            since.Add(Literals.Int32(context.VersionType is null ? -1 : region.Since));
            enabledSince.Add(Literals.Int32(context.VersionType is null ? -1 : region.EnabledSince));
        }

        writer.Line();
        EmitTable(writer, "ulong", "FloatingSizes", sizes);
        EmitTable(writer, "ulong", "FloatingAlignments", alignments);
        EmitTable(writer, "int", "FloatingSince", since);
        EmitTable(writer, "int", "FloatingEnabledSince", enabledSince);
    }

    /// <summary>
    /// A local function returning a constant span, its values wrapped into lines of at most <see cref="TableWidth"/>.
    /// </summary>
    private static void EmitTable(CodeWriter writer, string elementType, string name, List<string> values)
    {
        writer.Line($"static {TypeNames.ReadOnlySpan}<{elementType}> {name}() => new {elementType}[]");
        writer.Line("{");
        var line = new StringBuilder("    ");
        for (var index = 0; index < values.Count; index++)
        {
            var separator = index + 1 < values.Count ? ", " : string.Empty;
            if (line.Length > 4 && line.Length + values[index].Length + separator.Length > TableWidth)
            {
                writer.Line(line.ToString().TrimEnd());
                line.Clear().Append("    ");
            }

            line.Append(values[index]).Append(separator);
        }

        writer.Line(line.ToString());
        writer.Line("};");
    }

    /// <summary>An early return with a typed error when <paramref name="condition"/> holds.</summary>
    internal static void Fail(CodeWriter writer, string condition, string kind, params string[] details)
    {
        using (writer.Block($"if ({condition})"))
        {
            WriteError(writer, kind, details);
            writer.Line("return false;");
        }
    }

    /// <summary>
    /// <c>error = new PlanError(kind, details...);</c>, the arguments on a line of their own unless it is short.
    /// </summary>
    internal static void WriteError(CodeWriter writer, string kind, params string[] details)
    {
        var arguments = new List<string> { $"{TypeNames.PlanErrorKind}.{kind}" };
        arguments.AddRange(details);
        var oneLine = $"error = new {TypeNames.PlanError}({string.Join(", ", arguments)});";
        if (oneLine.Length <= ShortLine)
        {
            writer.Line(oneLine);
            return;
        }

        writer.Lines($"""
            error = new {TypeNames.PlanError}(
                {string.Join(", ", arguments)});
            """);
    }
}
