using System.Collections.Generic;
using System.Globalization;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

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
    private const string Error = "global::MemmapGen.PlanError";

    public static void Emit(CodeWriter w, EmitContext c, FastPathBounds bounds)
    {
        var map = c.Map;
        var ram = map.Ram;
        var alignment = ram?.DeviceMemoryAlignment ?? 0;
        var ramEnd = c.RamBase == 0 ? "ramSize" : Literals.UInt64(c.RamBase) + " + ramSize";
        var slotSize = ram?.SlotSize ?? 0;

        w.Line("// Fast path: valid inputs far below 2^64 (one test, well predicted: planning inputs are almost always valid), so nothing below can wrap.");
        w.Line("ulong ramSize = options.RamSize;");
        w.Line("ulong maxRam = options.MaxRamSize;");
        w.Line("if (maxRam == 0) maxRam = ramSize; // a conditional move, not a branch");
        w.Line("ulong slots = options.RamSlots;");
        w.Line("int bits = options.PhysAddrBits;");
        var test = "(uint)(bits - 1) < " + map.AddressBits + "u && maxRam >= ramSize && maxRam <= " + Literals.UInt64(bounds.MaxRam);
        if (bounds.MaxSlots != ulong.MaxValue)
        {
            test += " && slots <= " + bounds.MaxSlots.ToString(CultureInfo.InvariantCulture) + "UL";
        }

        foreach (var region in c.Floating)
        {
            if (region.Resizable)
            {
                var size = "size" + c.FloatingIndex[region.Ordinal];
                w.Line("ulong " + size + " = options." + c.Names[region.Ordinal].RaisedSize + " ?? " + Literals.UInt64(region.Size) + ";");
                test += " && (" + size + " & (" + size + " - 1)) == 0 && " + size + " - " + Literals.UInt64(region.Size) + " <= " + Literals.UInt64(bounds.MaxRaisedSize - region.Size);
            }
        }

        if (c.VersionType is not null)
        {
            w.Line("var version = options.Version ?? LatestVersion;");
            w.Line(IsContiguous(c)
                ? "int versionOrdinal = (int)version; // versions are numbered 0 .. VersionCount - 1"
                : "int versionOrdinal = VersionOrdinal(version);");
            test += " && (uint)versionOrdinal < " + map.Versions.Count + "u";
        }

        using (w.Block("if (unchecked(" + test + "))"))
        {
            w.Line("ulong limit = ulong.MaxValue >> (64 - bits); // last usable address");
            w.Line("ulong deviceMemorySize = maxRam - ramSize" + (slotSize == 0 ? string.Empty : " + slots * " + Literals.UInt64(slotSize)) + ";");
            w.Line(alignment <= 1
                ? "ulong memTop = " + ramEnd + " + deviceMemorySize;"
                : "ulong memTop = (" + RoundUp(ramEnd, alignment) + ") + (" + RoundUp("deviceMemorySize", alignment) + ");");

            // With a RAM base above 0 the memory top is at least that base; with none, an empty map (top 0) takes the checked path.
            var nonZero = c.RamBase == 0 ? "memTop != 0 && " : string.Empty;
            using (w.Block("if (" + nonZero + "memTop - 1 <= limit)"))
            {
                // The inputs are stored first, so they need no register while the regions are placed.
                w.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out layout); // every field is written below");
                w.Line("layout._ramSize = ramSize;");
                w.Line("layout._deviceMemorySize = deviceMemorySize;");
                w.Line("layout._physAddrBits = bits;");
                foreach (var region in c.Floating)
                {
                    if (region.Resizable)
                    {
                        w.Line("layout." + c.StoredSize(region) + " = size" + c.FloatingIndex[region.Ordinal] + ";");
                    }
                }

                if (c.VersionType is not null)
                {
                    w.Line("layout._version = version;");
                }

                w.Line("error = default;");
                if (VersionLayoutMask(c) is { } layoutMask)
                {
                    // Both operands computed first, so the choice is a conditional move.
                    w.Line("var versionLayout = unchecked((global::MemmapGen.FloatingLayout)(int)((" + Literals.UInt64(layoutMask) + " >> versionOrdinal) & 1)); // Compact 0, Legacy 1");
                    w.Line("var floatingLayout = options.FloatingLayout ?? versionLayout;");
                }
                else
                {
                    w.Line(c.VersionType is null
                        ? "var floatingLayout = options.FloatingLayout ?? global::MemmapGen.FloatingLayout.Compact;"
                        : "var floatingLayout = options.FloatingLayout ?? VersionLayout(version);");
                }

                w.Line("layout._floatingLayout = floatingLayout;");
                w.Line();
                w.Line("// Bit i stands for floating region i. Requested: wanted, or wanted by default and not declined.");
                w.Line("uint requested = (options.Wanted | " + Defaults(c) + ") & ~options.Unwanted;");
                w.Line("// A region moves the cursor when it fits and is requested, or always in the legacy layout. No step below branches:");
                w.Line("// the conditions select with conditional moves, because real inputs vary and a mispredicted branch costs more than the arithmetic.");
                w.Line("uint alwaysPass = floatingLayout == global::MemmapGen.FloatingLayout.Legacy ? " + AllBits(c) + " : 0u;");
                w.Line("uint passIfFits = requested | alwaysPass;");
                w.Line("uint fitting = 0;");
                if (Absent(c) is { } absent)
                {
                    w.Line("uint absent = " + absent + "; // regions this version predates: NotIntroduced");
                }

                var floor = c.Floor;
                w.Line(floor == 0 ? "ulong next = memTop;" : "ulong next = memTop < " + Literals.UInt64(floor) + " ? " + Literals.UInt64(floor) + " : memTop;");
                w.Line("ulong highest = memTop - 1;");
                w.Line("ulong regionBase, last;");
                w.Line("// Each region: align the cursor; it fits when its last byte is at most limit; if it passes and fits it is the highest so far;");
                w.Line("// if it passes, the cursor moves past it.");
                foreach (var region in c.Floating)
                {
                    EmitRegion(w, c, region);
                }

                w.Line();
                w.Line("layout._states = " + PackStates(c, "requested", "fitting") + ";");
                w.Line("layout._highestGpa = highest;");
                w.Line("return true;");
            }

            // Everything before this test passed, so the checked planner would fail here too, with this error: report it without the call.
            using (w.Block(c.RamBase == 0 ? "if (memTop != 0)" : "else"))
            {
                w.Line("layout = default;");
                w.Line("error = new " + Error + "(global::MemmapGen.PlanErrorKind.MemoryExceedsAddressSpace, memTop - 1 - limit, limit, bits);");
                w.Line("return false;");
            }
        }

        w.Line();
    }

    private static void EmitRegion(CodeWriter w, EmitContext c, RegionSpec region)
    {
        var index = c.FloatingIndex[region.Ordinal];
        var bit = Bit(index);
        string sizeLessOne, alignedBase;
        if (region.Resizable)
        {
            sizeLessOne = "(size" + index + " - 1)";
            alignedBase = region.Alignment != 0 ? RoundUp("next", region.Alignment) : "(next + " + sizeLessOne + ") & ~" + sizeLessOne;
        }
        else
        {
            sizeLessOne = Literals.UInt64(region.Size - 1);
            alignedBase = RoundUp("next", EmitContext.FloatingAlignment(region));
        }

        w.Line();
        w.Line("// " + region.Name);
        CodeWriter.Scope? introduced = null;
        if (region.Since >= 0 && c.VersionType is not null)
        {
            using (w.Block("if (versionOrdinal < " + region.Since + ")"))
            {
                w.Line("layout._bases[" + index + "] = 0;");
            }

            w.Line("else");
            w.Line("{");
            introduced = w.Indent();
        }

        w.Line("regionBase = " + alignedBase + ";");
        w.Line("last = regionBase + " + sizeLessOne + ";");
        w.Line("layout._bases[" + index + "] = regionBase;");
        w.Line("if (last <= limit) fitting |= " + bit + ";");
        w.Line("if ((passIfFits & fitting & " + bit + ") != 0) highest = last;");
        w.Line("if ((((passIfFits & fitting) | alwaysPass) & " + bit + ") != 0) next = last + 1;");
        introduced?.Dispose();
    }

    /// <summary><paramref name="value"/> rounded up to a power-of-two alignment (0 and 1 leave it as it is).</summary>
    private static string RoundUp(string value, ulong alignment)
    {
        if (alignment <= 1)
        {
            return value;
        }

        var mask = Literals.UInt64(alignment - 1);
        return "(" + value + " + " + mask + ") & ~" + mask;
    }

    /// <summary>A floating region's bit in the request and state masks.</summary>
    public static string Bit(int index) => "0x" + (1U << index).ToString("X", CultureInfo.InvariantCulture) + "u";

    /// <summary>
    /// The packed states of a straight-line plan: bit i set in the low half for NotRequested (1) and NotIntroduced (3),
    /// in the high half for DoesNotFit (2) and NotIntroduced (3); Enabled (0) has neither.
    /// </summary>
    private static string PackStates(EmitContext c, string requested, string fitting)
    {
        var low = "(~" + requested + " & " + AllBits(c) + ")";
        var high = "(" + requested + " & ~" + fitting + ")";
        if (Absent(c) is not null)
        {
            low = "(~" + requested + " & " + AllBits(c) + " | absent)";
            high = "(" + requested + " & ~" + fitting + " | absent)";
        }

        return low + " | ((ulong)" + high + " << 32)";
    }

    /// <summary>The mask of every floating region.</summary>
    public static string AllBits(EmitContext c) =>
        "0x" + (c.Floating.Count >= 32 ? uint.MaxValue : (1U << c.Floating.Count) - 1).ToString("X", CultureInfo.InvariantCulture) + "u";

    /// <summary>The regions the plan's version predates (NotIntroduced), as a mask expression; null when every region always exists.</summary>
    private static string? Absent(EmitContext c)
    {
        if (c.VersionType is null)
        {
            return null;
        }

        var terms = Group(c, region => region.Since, (since, bits) => "(versionOrdinal < " + since + " ? " + bits + " : 0u)");
        return terms.Count switch
        {
            0 => null,
            1 => terms[0].Substring(1, terms[0].Length - 2), // without the term's parentheses
            _ => string.Join(" | ", terms),
        };
    }

    /// <summary>The regions requested by default for the plan's version, as a mask expression.</summary>
    private static string Defaults(EmitContext c)
    {
        uint always = 0;
        foreach (var region in c.Floating)
        {
            if (region.EnabledSince < 0 || c.VersionType is null)
            {
                always |= 1U << c.FloatingIndex[region.Ordinal];
            }
        }

        var terms = new List<string> { "0x" + always.ToString("X", CultureInfo.InvariantCulture) + "u" };
        if (c.VersionType is not null)
        {
            terms.AddRange(Group(c, region => region.EnabledSince, (since, bits) => "(versionOrdinal >= " + since + " ? " + bits + " : 0u)"));
        }

        return terms.Count == 1 ? terms[0] : "(" + string.Join(" | ", terms) + ")";
    }

    /// <summary>One term per distinct non-negative version ordinal, with the mask of the regions that name it.</summary>
    private static List<string> Group(EmitContext c, System.Func<RegionSpec, int> ordinal, System.Func<int, string, string> term)
    {
        var masks = new SortedDictionary<int, uint>();
        foreach (var region in c.Floating)
        {
            var since = ordinal(region);
            if (since >= 0)
            {
                masks.TryGetValue(since, out var bits);
                masks[since] = bits | (1U << c.FloatingIndex[region.Ordinal]);
            }
        }

        var terms = new List<string>();
        foreach (var pair in masks)
        {
            terms.Add(term(pair.Key, "0x" + pair.Value.ToString("X", CultureInfo.InvariantCulture) + "u"));
        }

        return terms;
    }

    /// <summary>The versions with the legacy layout as a bit mask by version number, when versions are numbered 0..63; else null.</summary>
    private static ulong? VersionLayoutMask(EmitContext c)
    {
        if (c.VersionType is null || !IsContiguous(c) || c.Map.Versions.Count > 64)
        {
            return null;
        }

        ulong mask = 0;
        foreach (var version in c.Map.Versions)
        {
            mask |= version.IsLegacy ? 1UL << version.Ordinal : 0;
        }

        return mask;
    }

    /// <summary>True when the version enum's values are exactly 0, 1, ... in declaration order.</summary>
    public static bool IsContiguous(EmitContext c)
    {
        foreach (var version in c.Map.Versions)
        {
            if (!EmitContext.IsOrdinal(version.Value, version.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
