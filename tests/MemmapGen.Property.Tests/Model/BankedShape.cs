using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// A RAM bank: base, limit (0 on the last bank), <c>MaxLimit</c>, <c>LargeRamFrom</c>, <c>LargeRamLimit</c> and whether
/// plans may switch that cap off (<c>LargeRamLimitOptional</c>; false: no plan option, the cap always applies).
/// </summary>
public sealed record BankShape(ulong Base, ulong Limit, ulong MaxLimit, ulong LargeRamFrom, ulong LargeRamLimit, bool LargeRamLimitOptional = true);

/// <summary>A reserved window and the version it is enforced from (-1: no <c>Since</c>).</summary>
public sealed record ReservedShape(ulong Base, ulong Size, int Since);

/// <summary>
/// One banked map: 1-3 banks in address order, a gap from the first bank to fixed region X0, 0-2 reserved windows above
/// the last bank's base (the last bank may relocate past R0), one window, fixed regions between the banks' declared
/// extents; <see cref="AddressBits"/> 0 keeps the map's default width. Rendered as <c>[MemoryMap]</c> source plus a probe with one signature for every shape.
/// </summary>
public sealed record BankedShape(
    IReadOnlyList<BankShape> Banks,
    IReadOnlyList<ReservedShape> Reserved,
    bool RelocatePastR0,
    ulong DeviceMemoryAlignment,
    ulong SlotSize,
    uint MaxSlots,
    ulong MaxRamAlignment,
    ulong WindowSize,
    ulong WindowAlignment,
    int AdvertisedSince,
    int CheckGuest32BitSince,
    IReadOnlyList<FixedShape> Fixed,
    int VersionCount,
    int AddressBits = 0)
{
    public BankShape Last => Banks[^1];

    public string Source()
    {
        var s = new StringBuilder("using System.Collections.Generic;\nusing MemmapGen;\nnamespace Props;\n\npublic enum PropVersion\n{\n");
        for (var v = 0; v < VersionCount; v++)
        {
            s.Append(Inv($"    [MachineVersion(\"v{v}\")] V{v},\n"));
        }

        var check32 = CheckGuest32BitSince >= 0 ? Inv($", CheckGuest32BitSince = PropVersion.V{CheckGuest32BitSince}") : string.Empty;
        var bits = AddressBits > 0 ? Inv($", AddressBits = {AddressBits}") : string.Empty;
        s.Append(Inv($"}}\n\n[MemoryMap(TypeName = \"PropMap\", Versions = typeof(PropVersion){check32}{bits})]\npublic enum PropRegion\n{{\n"));
        for (var i = 0; i < Banks.Count; i++)
        {
            var b = Banks[i];
            var args = new List<string> { Hex(b.Base) };
            if (i < Banks.Count - 1)
            {
                args.Add("Limit = " + Hex(b.Limit));
                if (b.MaxLimit != 0) args.Add("MaxLimit = " + Hex(b.MaxLimit));
                if (b.LargeRamLimit != 0) args.Add("LargeRamLimit = " + Hex(b.LargeRamLimit));
                if (b.LargeRamLimit != 0 && b.LargeRamFrom != 0) args.Add("LargeRamFrom = " + Hex(b.LargeRamFrom));
                if (b.LargeRamLimit != 0 && !b.LargeRamLimitOptional) args.Add("LargeRamLimitOptional = false");
            }
            else
            {
                if (RelocatePastR0) args.Add("RelocatePast = R0");
                args.Add("DeviceMemoryAlignment = " + Hex(DeviceMemoryAlignment));
                args.Add("SlotSize = " + Hex(SlotSize));
                args.Add(Inv($"MaxSlots = {MaxSlots}"));
                args.Add("MaxRamAlignment = " + Hex(MaxRamAlignment));
            }

            s.Append(Inv($"    [RamBank({string.Join(", ", args)})] B{i},\n"));
        }

        for (var i = 0; i < Reserved.Count; i++)
        {
            var r = Reserved[i];
            var since = r.Since >= 0 ? Inv($", Since = PropVersion.V{r.Since}") : string.Empty;
            s.Append(Inv($"    [Reserved({Hex(r.Base)}, {Hex(r.Size)}{since})] R{i},\n"));
        }

        s.Append("    [Gap(After = B0, Before = X0)] G,\n");
        var advertised = AdvertisedSince >= 0 ? Inv($", AdvertisedSince = PropVersion.V{AdvertisedSince}") : string.Empty;
        s.Append(Inv($"    [Window({Hex(WindowSize)}, Alignment = {Hex(WindowAlignment)}{advertised})] W,\n"));
        for (var i = 0; i < Fixed.Count; i++)
        {
            s.Append(Inv($"    [Fixed({Hex(Fixed[i].Base)}, {Hex(Fixed[i].Size)})] X{i},\n"));
        }

        return s.Append("}\n\n").Append(Probe()).ToString();
    }

    // The probe flattens a plan to numbers (see BankedPlan) so every shape is called through one delegate type.
    private string Probe()
    {
        var s = new StringBuilder("public static class PlannerProbe\n{\n");
        s.Append("    public static ulong[] Plan(ulong ram, ulong maxRam, ulong slots, int bits, int version, int guest64, int check32, ulong[] limits, int[] large, int[] avoid, int[] enforce, int hasWindowSize, ulong windowSize, int advertise)\n    {\n");
        s.Append("        var o = new PropMap.PlanOptions { RamSize = ram, MaxRamSize = maxRam, RamSlots = slots, PhysAddrBits = bits };\n");
        s.Append("        if (version >= 0) o.Version = (PropVersion)version;\n");
        s.Append("        if (guest64 >= 0) o.Guest64Bit = guest64 == 1;\n        if (check32 >= 0) o.CheckGuest32Bit = check32 == 1;\n");
        for (var i = 0; i < Banks.Count - 1; i++)
        {
            s.Append(Inv($"        if (limits[{i}] != ulong.MaxValue) o.B{i}Limit = limits[{i}];\n"));
            if (Banks[i] is { LargeRamLimit: not 0, LargeRamLimitOptional: true }) s.Append(Inv($"        if (large[{i}] >= 0) o.B{i}LargeRamLimit = large[{i}] == 1;\n"));
        }

        for (var i = 0; i < Reserved.Count; i++)
        {
            s.Append(Inv($"        o.AvoidR{i} = avoid[{i}] == 1;\n        if (enforce[{i}] >= 0) o.EnforceR{i} = enforce[{i}] == 1;\n"));
        }

        s.Append("        if (hasWindowSize == 1) o.WSize = windowSize;\n        if (advertise >= 0) o.AdvertiseW = advertise == 1;\n");
        s.Append("        if (!PropMap.TryPlan(o, out var l, out var error)) return new[] { (ulong)error.Kind };\n");
        s.Append("        var v = new List<ulong> { 0 };\n");
        for (var i = 0; i < Banks.Count; i++)
        {
            var relocated = i == Banks.Count - 1 && RelocatePastR0 ? Inv($"l.B{i}Relocated ? 1UL : 0") : "0";
            s.Append(Inv($"        v.Add(l.B{i}.Base); v.Add(l.B{i}.Size); v.Add({relocated});\n"));
        }

        s.Append("        v.Add(l.DeviceMemory.Base); v.Add(l.DeviceMemory.Size); v.Add(l.G.Base); v.Add(l.G.Size);\n");
        s.Append("        v.Add(l.W.Base); v.Add(l.W.Size); v.Add(l.WAdvertised.Base); v.Add(l.WAdvertised.Size);\n");
        for (var i = 0; i < Reserved.Count; i++)
        {
            s.Append(Inv($"        v.Add(l.R{i}Active ? 1UL : 0);\n"));
        }

        s.Append("        v.Add(l.LastUsedGpa); v.Add(l.ReservedMemoryEnd);\n");
        s.Append("        for (int i = 0; i < l.E820Count; i++) { var e = l.GetE820(i); v.Add(e.Base); v.Add(e.Size); v.Add((ulong)e.Type); }\n");
        s.Append("        return v.ToArray();\n    }\n}\n");
        return s.ToString();
    }

    public override string ToString() =>
        Inv($"banks [{string.Join(" ", Banks.Select(b => $"{Hex(b.Base)}/lim {Hex(b.Limit)}/max {Hex(b.MaxLimit)}/large {Hex(b.LargeRamFrom)}->{Hex(b.LargeRamLimit)}{(b.LargeRamLimitOptional ? string.Empty : " always")}"))}] ")
        + Inv($"reserved [{string.Join(" ", Reserved.Select(r => $"{Hex(r.Base)}+{Hex(r.Size)}@v{r.Since}"))}] relocate {RelocatePastR0} ")
        + Inv($"dma {Hex(DeviceMemoryAlignment)} slot {Hex(SlotSize)}x{MaxSlots} maxram-align {Hex(MaxRamAlignment)} window {Hex(WindowSize)}/{Hex(WindowAlignment)}@v{AdvertisedSince} ")
        + Inv($"check32@v{CheckGuest32BitSince} versions {VersionCount} bits {AddressBits} fixed [{string.Join(" ", Fixed.Select(f => $"{Hex(f.Base)}+{Hex(f.Size)}"))}]");

    private static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
