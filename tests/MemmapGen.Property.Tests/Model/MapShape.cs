using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// A floating region: declared size (a power of two), declared alignment (0: its own size), resizable or not, and the
/// machine version that introduced it and the first that requests it by default (-1: always).
/// </summary>
public sealed record FloatingShape(ulong Size, ulong Alignment, bool Resizable, int Since = -1, int EnabledSince = -1);

/// <summary>A fixed region below RAM; <see cref="Within"/> is the index of its container among the fixed regions, or -1.</summary>
public sealed record FixedShape(ulong Base, ulong Size, int Within);

/// <summary>
/// One map: RAM with its policy, fixed regions below it (none in the floating area), 1-6 floating regions (one map in ten 33-40, the loop planner). Rendered as
/// <c>[MemoryMap]</c> source plus a probe with one uniform signature, so the test calls every shape the same way.
/// </summary>
public sealed record MapShape(
    int AddressBits,
    ulong RamBase,
    ulong LegacyLimit,
    ulong DeviceMemoryAlignment,
    ulong SlotSize,
    uint MaxSlots,
    IReadOnlyList<FixedShape> Fixed,
    IReadOnlyList<FloatingShape> Floating,
    IReadOnlyList<bool> LegacyVersions)
{
    /// <summary>Machine versions, oldest first, each legacy or compact; none: the map declares no versions.</summary>
    public int VersionCount => LegacyVersions.Count;

    public string Source()
    {
        var text = new StringBuilder("using MemmapGen;\nnamespace Props;\n\n");
        if (VersionCount > 0)
        {
            text.Append("public enum PropVersion\n{\n");
            for (var v = 0; v < VersionCount; v++)
            {
                text.Append(CultureInfo.InvariantCulture, $"    [MachineVersion(\"v{v}\", Layout = FloatingLayout.{(LegacyVersions[v] ? "Legacy" : "Compact")})] V{v},\n");
            }

            text.Append("}\n\n");
        }

        var versions = VersionCount > 0 ? ", Versions = typeof(PropVersion)" : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"[MemoryMap(TypeName = \"PropMap\", AddressBits = {AddressBits}{versions})]\npublic enum PropRegion\n{{\n");
        for (var i = 0; i < Fixed.Count; i++)
        {
            var f = Fixed[i];
            var within = f.Within >= 0 ? ", Within = X" + f.Within.ToString(CultureInfo.InvariantCulture) : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"    [Fixed(0x{f.Base:X}, 0x{f.Size:X}{within})] X{i},\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"    [Ram(0x{RamBase:X}, LegacyLimit = 0x{LegacyLimit:X}, DeviceMemoryAlignment = 0x{DeviceMemoryAlignment:X}, SlotSize = 0x{SlotSize:X}, MaxSlots = {MaxSlots})] Dram,\n");
        for (var i = 0; i < Floating.Count; i++)
        {
            var f = Floating[i];
            var alignment = f.Alignment != 0 ? $", Alignment = 0x{f.Alignment:X}" : string.Empty;
            var resizable = f.Resizable ? ", Resizable = true" : string.Empty;
            var since = f.Since >= 0 ? ", Since = PropVersion.V" + f.Since.ToString(CultureInfo.InvariantCulture) : string.Empty;
            var enabledSince = f.EnabledSince >= 0 ? ", EnabledSince = PropVersion.V" + f.EnabledSince.ToString(CultureInfo.InvariantCulture) : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"    [Floating(0x{f.Size:X}{alignment}{resizable}{since}{enabledSince})] F{i},\n");
        }

        text.Append("}\n\n").Append(Probe());
        return text.ToString();
    }

    /// <summary>
    /// Plan(...) fills per floating region base, size and state and RAM/device memory/highest GPA, returns -1 or the
    /// PlanErrorKind, and throws when Plan and TryPlan disagree. Find(address) is TryFind as an ordinal (-1: none).
    /// </summary>
    private string Probe()
    {
        var text = new StringBuilder("""
            public static class PlannerProbe
            {
                public static int Plan(ulong ram, ulong maxRam, ulong slots, int bits, int layout, int version, byte[] enable, ulong[] size, ulong[] bases, ulong[] sizes, int[] states, ulong[] memory)
                {
                    var o = new PropMap.PlanOptions { RamSize = ram, MaxRamSize = maxRam, RamSlots = slots, PhysAddrBits = bits };
                    if (layout != 0) o.FloatingLayout = layout == 1 ? FloatingLayout.Compact : FloatingLayout.Legacy;

            """);
        if (VersionCount > 0)
        {
            text.Append("        if (version >= 0) o.Version = (PropVersion)version;\n");
        }

        for (var i = 0; i < Floating.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        if (enable[{i}] != 0) o.EnableF{i} = enable[{i}] == 1;\n");
            if (Floating[i].Resizable)
            {
                text.Append(CultureInfo.InvariantCulture, $"        if (size[{i}] != 0) o.F{i}Size = size[{i}];\n");
            }
        }

        text.Append("""
                    bool ok = PropMap.TryPlan(o, out var l, out var e);
                    try
                    {
                        var p = PropMap.Plan(o);
                        if (!ok || p.Format() != l.Format() || p.HighestGpa != l.HighestGpa || !p.DeviceMemory.Equals(l.DeviceMemory)) throw new global::System.InvalidOperationException("Plan and TryPlan disagree");

            """);
        for (var i = 0; i < Floating.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"            if (!p.F{i}.Equals(l.F{i})) throw new global::System.InvalidOperationException(\"Plan and TryPlan disagree on F{i}\");\n");
        }

        text.Append("""
                    }
                    catch (MemmapPlanException x)
                    {
                        if (ok || !x.Error.Equals(e)) throw new global::System.InvalidOperationException("Plan threw " + x.Error + " where TryPlan said " + (ok ? "ok" : e.ToString()));
                    }

                    if (!ok) return (int)e.Kind;

            """);
        for (var i = 0; i < Floating.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        bases[{i}] = l.F{i}.Base; sizes[{i}] = l.F{i}.Size; states[{i}] = (int)l.F{i}.State;\n");
        }

        text.Append("""
                    memory[0] = l.Ram.Base; memory[1] = l.Ram.Size; memory[2] = l.DeviceMemory.Base; memory[3] = l.DeviceMemory.Size;
                    memory[4] = l.HighestGpa; memory[5] = (ulong)l.RequiredPhysAddrBits;
                    return -1;
                }

                public static int Find(ulong address) => PropMap.TryFind(address, out var r) ? PropMap.OrdinalOf(r) : -1;
            }

            """);
        return text.ToString();
    }

    public override string ToString() =>
        $"AddressBits {AddressBits}, RAM 0x{RamBase:X} window 0x{LegacyLimit:X} devalign 0x{DeviceMemoryAlignment:X} slot 0x{SlotSize:X} max {MaxSlots}; "
        + "fixed " + string.Join(" ", Fixed.Select(f => $"[0x{f.Base:X}+0x{f.Size:X}{(f.Within >= 0 ? " in " + f.Within : string.Empty)}]"))
        + "; floating " + string.Join(" ", Floating.Select(f => $"0x{f.Size:X}{(f.Alignment != 0 ? "@0x" + f.Alignment.ToString("X", CultureInfo.InvariantCulture) : string.Empty)}{(f.Resizable ? "r" : string.Empty)}{(f.Since >= 0 ? " since v" + f.Since : string.Empty)}{(f.EnabledSince >= 0 ? " on from v" + f.EnabledSince : string.Empty)}"))
        + "; versions " + string.Join(" ", LegacyVersions.Select(l => l ? "L" : "C"));
}
