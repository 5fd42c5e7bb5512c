using System;
using System.Collections.Generic;
using System.Globalization;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;
using static MemmapGen.Generator.Emitting.PlannerEmitter;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits the planner's fast path: one combined test that the inputs are valid and far below 2^64, then the
/// floating regions straight-line with no overflow tracking. Requested-ness, fit and the region states are bit masks
/// (bit i for floating region i) and the cursor moves by conditional moves, so no step branches on the data. Everything
/// else falls through to the checked planner, which computes the same layout for the same inputs and the exact error
/// for invalid ones.
/// </summary>
internal static class FastPathEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context, FastPathBounds bounds)
    {
        var conditions = EmitInputs(writer, context, bounds);
        using (OpenInputTest(writer, conditions))
        {
            EmitMemoryTop(writer, context);

            // With a RAM base above 0 the memory top is at least that base; with none, an empty map (top 0) takes
            // the checked path.
            var nonZero = context.RamBase == 0 ? "memTop != 0 && " : string.Empty;
            using (writer.Block($"if ({nonZero}memTop - 1 <= limit)"))
            {
                EmitStoredInputs(writer, context);
                EmitFloatingLayout(writer, context);
                EmitMasks(writer, context);
                foreach (var region in context.Floating)
                {
                    EmitRegion(writer, context, region);
                }

                writer.Line();
                writer.Lines($"""
                    layout._states = {PackStates(context)};
                    layout._highestGpa = highest;
                    return true;
                    """);
            }

            EmitAddressSpaceError(writer, context);
        }

        writer.Line();
    }

    /// <summary>Reads the inputs; returns the conditions, one per input, under which the fast path applies.</summary>
    private static List<string> EmitInputs(CodeWriter writer, EmitContext context, FastPathBounds bounds)
    {
        var map = context.Map;
        writer.Lines("""
            // Fast path: valid inputs far below 2^64 (one test, well predicted: planning inputs are almost always
            // valid), so nothing below can wrap.
            ulong ramSize = options.RamSize;
            ulong maxRam = options.MaxRamSize;
            if (maxRam == 0) maxRam = ramSize; // a conditional move, not a branch
            ulong slots = options.RamSlots;
            int bits = options.PhysAddrBits;
            """);
        var conditions = new List<string>
        {
            $"(uint)(bits - 1) < {map.AddressBits}u",
            $"maxRam >= ramSize && maxRam <= {Literals.UInt64(bounds.MaxRam)}",
        };
        if (bounds.MaxSlots != ulong.MaxValue)
        {
            conditions.Add($"slots <= {bounds.MaxSlots.ToString(CultureInfo.InvariantCulture)}UL");
        }

        foreach (var region in context.Floating)
        {
            if (region.Resizable)
            {
                var size = $"size{context.FloatingIndex[region.Ordinal]}";
                var declared = Literals.UInt64(region.Size);
                var raisedBy = Literals.UInt64(bounds.MaxRaisedSize - region.Size);
                writer.Line($"ulong {size} = options.{context.Names[region.Ordinal].RaisedSize} ?? {declared};");
                conditions.Add($"({size} & ({size} - 1)) == 0 && {size} - {declared} <= {raisedBy}");
            }
        }

        if (context.VersionType is not null)
        {
            writer.Line("var version = options.Version ?? LatestVersion;");
            writer.Line(IsContiguous(context)
                ? "int versionOrdinal = (int)version; // versions are numbered 0 .. VersionCount - 1"
                : "int versionOrdinal = VersionOrdinal(version);");
            conditions.Add($"(uint)versionOrdinal < {map.Versions.Count}u");
        }

        return conditions;
    }

    /// <summary>Opens <c>if (unchecked(all conditions))</c>, one condition a line; disposing the result closes it.</summary>
    private static CodeWriter.Scope OpenInputTest(CodeWriter writer, List<string> conditions)
    {
        var last = conditions.Count - 1;
        for (var index = 0; index <= last; index++)
        {
            var start = index == 0 ? "if (unchecked(" : "    && ";
            var end = index == last ? "))" : string.Empty;
            writer.Line($"{start}{conditions[index]}{end}");
        }

        writer.Line("{");
        return writer.Indent();
    }

    /// <summary>The usable address limit, device memory and the end of memory; none of it can wrap here.</summary>
    private static void EmitMemoryTop(CodeWriter writer, EmitContext context)
    {
        var ram = context.Map.Ram;
        var alignment = ram?.DeviceMemoryAlignment ?? 0;
        var slotSize = ram?.SlotSize ?? 0;
        var slotBytes = slotSize == 0 ? string.Empty : $" + slots * {Literals.UInt64(slotSize)}";
        var ramEnd = context.RamBase == 0 ? "ramSize" : $"{Literals.UInt64(context.RamBase)} + ramSize";
        writer.Lines($"""
            ulong limit = ulong.MaxValue >> (64 - bits); // last usable address
            ulong deviceMemorySize = maxRam - ramSize{slotBytes};
            """);
        if (alignment <= 1)
        {
            writer.Line($"ulong memTop = {ramEnd} + deviceMemorySize;");
            return;
        }

        writer.Lines($"""
            ulong memTop = ({RoundUp(ramEnd, alignment)})
                + ({RoundUp("deviceMemorySize", alignment)});
            """);
    }

    /// <summary>The inputs are stored first, so they need no register while the regions are placed.</summary>
    private static void EmitStoredInputs(CodeWriter writer, EmitContext context)
    {
        writer.Lines($"""
            {TypeNames.Unsafe}.SkipInit(out layout); // every field is written below
            layout._ramSize = ramSize;
            layout._deviceMemorySize = deviceMemorySize;
            layout._physAddrBits = bits;
            """);
        foreach (var region in context.Floating)
        {
            if (region.Resizable)
            {
                writer.Line($"layout.{context.StoredSize(region)} = size{context.FloatingIndex[region.Ordinal]};");
            }
        }

        if (context.VersionType is not null)
        {
            writer.Line("layout._version = version;");
        }

        writer.Line("error = default;");
    }

    private static void EmitFloatingLayout(CodeWriter writer, EmitContext context)
    {
        if (VersionLayoutMask(context) is { } layoutMask)
        {
            // Both operands computed first, so the choice is a conditional move.
            var legacyVersions = Literals.UInt64(layoutMask);
            writer.Lines($"""
                // The layout of version v is bit v of the mask: Compact 0, Legacy 1.
                var versionLayout = unchecked(({TypeNames.FloatingLayout})(int)(({legacyVersions} >> versionOrdinal) & 1));
                var floatingLayout = options.FloatingLayout ?? versionLayout;
                """);
        }
        else
        {
            var defaultLayout = context.VersionType is null ? $"{TypeNames.FloatingLayout}.Compact" : "VersionLayout(version)";
            writer.Line($"var floatingLayout = options.FloatingLayout ?? {defaultLayout};");
        }

        writer.Line("layout._floatingLayout = floatingLayout;");
    }

    /// <summary>The request, pass and fit masks, and the cursor where the floating area starts.</summary>
    private static void EmitMasks(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Lines($"""
            // Bit i stands for floating region i. Requested: wanted, or wanted by default and not declined.
            uint requested = (options.Wanted | {Defaults(context)}) & ~options.Unwanted;
            // A region moves the cursor when it fits and is requested, or always in the legacy layout. No step
            // below branches: the conditions select with conditional moves, because real inputs vary and a
            // mispredicted branch costs more than the arithmetic.
            uint alwaysPass = floatingLayout == {TypeNames.FloatingLayout}.Legacy ? {AllBits(context)} : 0u;
            uint passIfFits = requested | alwaysPass;
            uint fitting = 0;
            """);
        if (Absent(context) is { } absent)
        {
            writer.Line($"uint absent = {absent}; // regions this version predates: NotIntroduced");
        }

        var floor = Literals.UInt64(context.Floor);
        writer.Line(context.Floor == 0 ? "ulong next = memTop;" : $"ulong next = memTop < {floor} ? {floor} : memTop;");
        writer.Lines("""
            ulong highest = memTop - 1;
            ulong regionBase, last;
            // Each region: align the cursor; it fits when its last byte is at most limit; if it passes and fits it
            // is the highest so far; if it passes, the cursor moves past it.
            """);
    }

    private static void EmitRegion(CodeWriter writer, EmitContext context, RegionSpec region)
    {
        var floatingIndex = context.FloatingIndex[region.Ordinal];
        var bit = Bit(floatingIndex);
        string sizeLessOne, alignedBase;
        if (region.Resizable)
        {
            sizeLessOne = $"(size{floatingIndex} - 1)";
            alignedBase = region.Alignment != 0 ? RoundUp("next", region.Alignment) : $"(next + {sizeLessOne}) & ~{sizeLessOne}";
        }
        else
        {
            sizeLessOne = Literals.UInt64(region.Size - 1);
            alignedBase = RoundUp("next", EmitContext.FloatingAlignment(region));
        }

        writer.Line();
        writer.Line($"// {region.Name}");
        CodeWriter.Scope? introduced = null;
        if (region.Since >= 0 && context.VersionType is not null)
        {
            using (writer.Block($"if (versionOrdinal < {region.Since})"))
            {
                writer.Line($"layout._bases[{floatingIndex}] = 0;");
            }

            introduced = writer.Block("else");
        }

        writer.Lines($"""
            regionBase = {alignedBase};
            last = regionBase + {sizeLessOne};
            layout._bases[{floatingIndex}] = regionBase;
            if (last <= limit) fitting |= {bit};
            if ((passIfFits & fitting & {bit}) != 0) highest = last;
            if ((((passIfFits & fitting) | alwaysPass) & {bit}) != 0) next = last + 1;
            """);
        introduced?.Dispose();
    }

    /// <summary>
    /// Everything before the width test passed, so the checked planner would fail there too, with this error: it is
    /// reported without the call.
    /// </summary>
    private static void EmitAddressSpaceError(CodeWriter writer, EmitContext context)
    {
        using (writer.Block(context.RamBase == 0 ? "if (memTop != 0)" : "else"))
        {
            writer.Line("layout = default;");
            WriteError(writer, "MemoryExceedsAddressSpace", "memTop - 1 - limit", "limit", "bits");
            writer.Line("return false;");
        }
    }

    /// <summary><paramref name="value"/> rounded up to a power-of-two alignment (0 and 1 leave it as it is).</summary>
    private static string RoundUp(string value, ulong alignment)
    {
        if (alignment <= 1)
        {
            return value;
        }

        var mask = Literals.UInt64(alignment - 1);
        return $"({value} + {mask}) & ~{mask}";
    }

    /// <summary>A <c>uint</c> bit mask literal: <c>0x5u</c>.</summary>
    private static string Mask(uint bits) => $"0x{bits.ToString("X", CultureInfo.InvariantCulture)}u";

    /// <summary>A floating region's bit in the request and state masks.</summary>
    public static string Bit(int floatingIndex) => Mask(1U << floatingIndex);

    /// <summary>
    /// The packed states of a straight-line plan: bit i set in the low half for NotRequested (1) and NotIntroduced (3),
    /// in the high half for DoesNotFit (2) and NotIntroduced (3); Enabled (0) has neither.
    /// </summary>
    private static string PackStates(EmitContext context)
    {
        var absent = Absent(context) is null ? string.Empty : " | absent";
        return $"(~requested & {AllBits(context)}{absent}) | ((ulong)(requested & ~fitting{absent}) << 32)";
    }

    /// <summary>The mask of every floating region.</summary>
    public static string AllBits(EmitContext context) =>
        Mask(context.Floating.Count >= 32 ? uint.MaxValue : (1U << context.Floating.Count) - 1);

    /// <summary>
    /// The regions the plan's version predates (NotIntroduced), as a mask expression; null when every region always
    /// exists.
    /// </summary>
    private static string? Absent(EmitContext context)
    {
        if (context.VersionType is null)
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var pair in MasksByVersion(context, region => region.Since))
        {
            terms.Add($"versionOrdinal < {pair.Key} ? {Mask(pair.Value)} : 0u");
        }

        return terms.Count switch
        {
            0 => null,
            1 => terms[0],
            _ => $"({string.Join(") | (", terms)})",
        };
    }

    /// <summary>The regions requested by default for the plan's version, as a mask expression.</summary>
    private static string Defaults(EmitContext context)
    {
        uint always = 0;
        foreach (var region in context.Floating)
        {
            if (region.EnabledSince < 0 || context.VersionType is null)
            {
                always |= 1U << context.FloatingIndex[region.Ordinal];
            }
        }

        if (context.VersionType is null)
        {
            return Mask(always);
        }

        var terms = new List<string> { Mask(always) };
        foreach (var pair in MasksByVersion(context, region => region.EnabledSince))
        {
            terms.Add($"(versionOrdinal >= {pair.Key} ? {Mask(pair.Value)} : 0u)");
        }

        return terms.Count == 1 ? terms[0] : $"({string.Join(" | ", terms)})";
    }

    /// <summary>By each distinct non-negative version ordinal the regions name, the mask of those regions.</summary>
    private static SortedDictionary<int, uint> MasksByVersion(EmitContext context, Func<RegionSpec, int> versionOrdinal)
    {
        var masks = new SortedDictionary<int, uint>();
        foreach (var region in context.Floating)
        {
            var ordinal = versionOrdinal(region);
            if (ordinal >= 0)
            {
                masks.TryGetValue(ordinal, out var bits);
                masks[ordinal] = bits | (1U << context.FloatingIndex[region.Ordinal]);
            }
        }

        return masks;
    }

    /// <summary>
    /// The versions with the legacy layout as a bit mask by version number, when versions are numbered 0..63; else null.
    /// </summary>
    private static ulong? VersionLayoutMask(EmitContext context)
    {
        if (context.VersionType is null || !IsContiguous(context) || context.Map.Versions.Count > 64)
        {
            return null;
        }

        ulong mask = 0;
        foreach (var version in context.Map.Versions)
        {
            mask |= version.IsLegacy ? 1UL << version.Ordinal : 0;
        }

        return mask;
    }

    /// <summary>True when the version enum's values are exactly 0, 1, ... in declaration order.</summary>
    public static bool IsContiguous(EmitContext context)
    {
        foreach (var version in context.Map.Versions)
        {
            if (!EmitContext.IsOrdinal(version.Value, version.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
