using System.Globalization;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits the planner's fast path: one combined test that the inputs are valid and far below 2^64, then the
/// floating regions straight-line with no overflow tracking. Everything else falls through to the checked planner,
/// which computes the same layout for the same inputs and the exact error for invalid ones.
/// </summary>
internal static class FastPathEmitter
{
    private const string State = "global::MemmapGen.PlacementState";

    public static void Emit(CodeWriter w, EmitContext c, FastPathBounds bounds)
    {
        var map = c.Map;
        var ram = map.Ram;
        var ramBase = Literals.UInt64(c.RamBase);
        var alignment = ram?.DeviceMemoryAlignment ?? 0;
        var mask = Literals.UInt64(alignment == 0 ? 0 : alignment - 1);
        var slotSize = ram?.SlotSize ?? 0;

        w.Line("// Fast path: valid inputs far below 2^64 (one test, well predicted: planning inputs are almost always valid), so nothing below can wrap.");
        w.Line("ulong ramSize = options.RamSize;");
        w.Line("ulong maxRam = options.MaxRamSize == 0 ? ramSize : options.MaxRamSize;");
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
                w.Line("ulong " + size + " = options." + c.RaisedSizeNames[region.Ordinal] + " ?? " + Literals.UInt64(region.Size) + ";");
                test += " && (" + size + " & (" + size + " - 1)) == 0 && " + size + " >= " + Literals.UInt64(region.Size) + " && " + size + " <= " + Literals.UInt64(bounds.MaxRaisedSize);
            }
        }

        if (c.VersionType is { } versionType)
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
            w.Line("ulong deviceMemoryBase = (" + ramBase + " + ramSize + " + mask + ") & ~" + mask + ";");
            w.Line("ulong deviceMemorySize = maxRam - ramSize" + (slotSize == 0 ? string.Empty : " + slots * " + Literals.UInt64(slotSize)) + ";");
            w.Line("ulong memTop = deviceMemoryBase + ((deviceMemorySize + " + mask + ") & ~" + mask + ");");
            using (w.Block("if (memTop != 0 && memTop - 1 <= limit)"))
            {
                w.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out layout); // every field is written below");
                w.Line("bool legacy = " + Legacy(c) + ";");
                var floor = c.Floor;
                w.Line(floor == 0 ? "ulong next = memTop;" : "ulong next = memTop < " + Literals.UInt64(floor) + " ? " + Literals.UInt64(floor) + " : memTop;");
                w.Line("ulong highest = memTop - 1;");
                w.Line("ulong regionBase;");
                w.Line("byte request;");
                w.Line("bool requested, fits, enabled, advance;");
                foreach (var region in c.Floating)
                {
                    EmitRegion(w, c, region);
                }

                w.Line();
                w.Line("layout._ramSize = ramSize;");
                w.Line("layout._deviceMemory = deviceMemorySize == 0 ? default : new global::MemmapGen.MemRange(deviceMemoryBase, deviceMemorySize);");
                w.Line("layout._highestGpa = highest;");
                w.Line("layout._physAddrBits = bits;");
                w.Line("layout._floatingLayout = legacy ? global::MemmapGen.FloatingLayout.Legacy : global::MemmapGen.FloatingLayout.Compact;");
                if (c.VersionType is not null)
                {
                    w.Line("layout._version = version;");
                }

                w.Line("error = default;");
                w.Line("return true;");
            }
        }

        w.Line();
    }

    private static void EmitRegion(CodeWriter w, EmitContext c, RegionSpec region)
    {
        var index = c.FloatingIndex[region.Ordinal];
        string size, sizeLessOne, mask;
        if (region.Resizable)
        {
            size = "size" + index;
            sizeLessOne = "(" + size + " - 1)";
            mask = region.Alignment != 0 ? Literals.UInt64(region.Alignment - 1) : sizeLessOne;
        }
        else
        {
            size = Literals.UInt64(region.Size);
            sizeLessOne = Literals.UInt64(region.Size - 1);
            mask = Literals.UInt64(EmitContext.FloatingAlignment(region) - 1);
        }

        w.Line();
        w.Line("// " + region.Name);
        CodeWriter.Scope? introduced = null;
        if (region.Since >= 0 && c.VersionType is not null)
        {
            using (w.Block("if (versionOrdinal < " + region.Since + ")"))
            {
                w.Line("layout._bases[" + index + "] = 0;");
                w.Line("layout._states[" + index + "] = " + State + ".NotIntroduced;");
            }

            w.Line("else");
            w.Line("{");
            introduced = w.Indent();
        }

        w.Line("regionBase = (next + " + mask + ") & ~" + mask + ";");
        w.Line("request = options.Requests[" + index + "];");
        w.Line("requested = " + Requested(c, region) + ";");
        w.Line("fits = regionBase + " + sizeLessOne + " <= limit;");
        w.Line("enabled = requested & fits;");
        w.Line("advance = legacy | enabled;");
        w.Line("layout._bases[" + index + "] = regionBase;");
        w.Line("layout._states[" + index + "] = (" + State + ")((enabled ? 0 : 1) << (requested ? 1 : 0)); // Enabled 0, NotRequested 1, DoesNotFit 2");
        w.Line("if (advance & fits) highest = regionBase + " + sizeLessOne + ";");
        w.Line("if (advance) next = regionBase + " + size + ";");
        introduced?.Dispose();
        if (region.Resizable)
        {
            w.Line("layout." + c.StoredSize(region) + " = " + size + ";");
        }
    }

    private static string Requested(EmitContext c, RegionSpec region) =>
        region.EnabledSince >= 0 && c.VersionType is not null
            ? "(request == 1) | ((request == 0) & (versionOrdinal >= " + region.EnabledSince + "))"
            : "request != 2";

    /// <summary>The layout policy: the option, else the version's, as a bit of a constant mask when versions are numbered 0..n-1.</summary>
    private static string Legacy(EmitContext c)
    {
        const string Option = "options.FloatingLayout";
        if (c.VersionType is null)
        {
            return Option + " == global::MemmapGen.FloatingLayout.Legacy";
        }

        if (IsContiguous(c) && c.Map.Versions.Count <= 64)
        {
            ulong mask = 0;
            foreach (var version in c.Map.Versions)
            {
                mask |= version.IsLegacy ? 1UL << version.Ordinal : 0;
            }

            return Option + ".HasValue ? " + Option + ".GetValueOrDefault() == global::MemmapGen.FloatingLayout.Legacy : ((" + Literals.UInt64(mask) + " >> versionOrdinal) & 1) != 0";
        }

        return "(" + Option + " ?? VersionLayout(version)) == global::MemmapGen.FloatingLayout.Legacy";
    }

    /// <summary>True when the version enum's values are exactly 0, 1, ... in declaration order.</summary>
    public static bool IsContiguous(EmitContext c)
    {
        foreach (var version in c.Map.Versions)
        {
            if (version.Value.TrimEnd('U', 'L') != version.Ordinal.ToString(CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        return true;
    }
}
