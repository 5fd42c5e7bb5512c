using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace MemmapGen.Property.Tests.Model;

/// <summary>A banked plan decoded from the probe's numbers (error kind 0: a plan).</summary>
public sealed record BankedPlan(
    int ErrorKind,
    (ulong Base, ulong Size, bool Relocated)[] Banks,
    (ulong Base, ulong Size) DeviceMemory,
    (ulong Base, ulong Size) Gap,
    (ulong Base, ulong Size) Window,
    (ulong Base, ulong Size) Advertised,
    bool[] ReservedActive,
    ulong LastUsed,
    ulong ReservedEnd,
    (ulong Base, ulong Size, ulong Type)[] E820)
{
    public bool Ok => ErrorKind == 0;

    public static BankedPlan Decode(BankedShape shape, ulong[] v)
    {
        if (v[0] != 0)
        {
            return new BankedPlan((int)v[0], [], default, default, default, default, [], 0, 0, []);
        }

        var i = 1;
        var banks = shape.Banks.Select(_ => (v[i++], v[i++], v[i++] == 1)).ToArray();
        var device = (v[i++], v[i++]);
        var gap = (v[i++], v[i++]);
        var window = (v[i++], v[i++]);
        var advertised = (v[i++], v[i++]);
        var active = shape.Reserved.Select(_ => v[i++] == 1).ToArray();
        var lastUsed = v[i++];
        var reservedEnd = v[i++];
        var e820 = new List<(ulong, ulong, ulong)>();
        while (i < v.Length)
        {
            e820.Add((v[i++], v[i++], v[i++]));
        }

        return new BankedPlan(0, banks, device, gap, window, advertised, active, lastUsed, reservedEnd, e820.ToArray());
    }

    public override string ToString() => Ok
        ? string.Create(CultureInfo.InvariantCulture, $"banks [{string.Join(" ", Banks.Select(b => $"0x{b.Base:X}+0x{b.Size:X}{(b.Relocated ? "R" : "")}"))}] dev 0x{DeviceMemory.Base:X}+0x{DeviceMemory.Size:X} gap 0x{Gap.Base:X}+0x{Gap.Size:X} window 0x{Window.Base:X}+0x{Window.Size:X} active [{string.Join(",", ReservedActive)}] last 0x{LastUsed:X} e820 [{string.Join(" ", E820.Select(e => $"0x{e.Base:X}+0x{e.Size:X}:{e.Type}"))}]")
        : "error " + (PlanErrorKind)ErrorKind;
}
