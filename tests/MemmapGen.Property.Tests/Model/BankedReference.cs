using System;
using System.Collections.Generic;
using System.Linq;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// The plan of docs/split-ram.md written straight from the text, in 128-bit arithmetic so nothing wraps: null when the
/// spec refuses the input (any step), else the layout in <see cref="BankedPlan"/>'s form. Error kinds are not modelled:
/// the order of the input checks is the generator's business, the refusal is the spec's.
/// </summary>
internal static class BankedReference
{
    private static readonly UInt128 Top = (UInt128)ulong.MaxValue + 1;

    public static BankedPlan? Plan(BankedShape shape, BankedInput input)
    {
        if (input.Bits is < 1 or > 64 || input.Version >= shape.VersionCount)
        {
            return null;
        }

        var version = input.Version < 0 ? shape.VersionCount - 1 : input.Version;
        var maxRam = input.MaxRam == 0 ? input.Ram : input.MaxRam;
        if (maxRam < input.Ram)
        {
            return null;
        }

        // Split: each bank but the last takes up to its limit; the last takes the rest.
        var sizes = new ulong[shape.Banks.Count];
        var remaining = input.Ram;
        for (var i = 0; i < shape.Banks.Count - 1; i++)
        {
            var bank = shape.Banks[i];
            var limit = input.Limits[i] != ulong.MaxValue ? input.Limits[i] : bank.Limit;

            // A limit past MaxLimit, or one that would run the bank into the next one, is refused.
            var next = shape.Banks[i + 1].Base;
            var room = next > bank.Base ? next - bank.Base : ulong.MaxValue;
            if ((bank.MaxLimit != 0 && limit > bank.MaxLimit) || limit > room)
            {
                return null;
            }

            var from = bank.LargeRamFrom != 0 ? bank.LargeRamFrom : limit;
            // A cap plans cannot switch off applies whatever the input's switch says (the map has no such option).
            if (bank.LargeRamLimit != 0 && (input.Large[i] != 0 || !bank.LargeRamLimitOptional) && input.Ram >= from)
            {
                limit = Math.Min(limit, bank.LargeRamLimit);
            }

            sizes[i] = Math.Min(remaining, limit);
            remaining -= sizes[i];
        }

        sizes[^1] = remaining;
        if ((UInt128)shape.Banks[0].Base + sizes[0] >= shape.Fixed[0].Base)
        {
            return null;
        }

        var active = shape.Reserved.Select((r, i) => input.Avoid[i] == 1 && (input.Enforce[i] >= 0 ? input.Enforce[i] == 1 : r.Since < 0 || version >= r.Since)).ToArray();
        var hotplug = maxRam > input.Ram;
        var lastBase = (UInt128)shape.Last.Base;
        var relocated = false;
        var place = Place(shape, input, lastBase, sizes[^1], maxRam, hotplug);
        if (shape.RelocatePastR0 && active[0] && place.Highest >= shape.Reserved[0].Base)
        {
            relocated = true;
            lastBase = (UInt128)shape.Reserved[0].Base + shape.Reserved[0].Size;
            place = Place(shape, input, lastBase, sizes[^1], maxRam, hotplug);
        }

        if (place.Wraps || place.Highest >= (UInt128)1 << input.Bits)
        {
            return null;
        }

        if (hotplug && (input.Slots > shape.MaxSlots || maxRam % shape.MaxRamAlignment != 0))
        {
            return null;
        }

        var banks = shape.Banks.Select((b, i) => (i == shape.Banks.Count - 1 ? (ulong)lastBase : b.Base, sizes[i], i == shape.Banks.Count - 1 && relocated)).ToArray();
        var e820 = new List<(ulong, ulong, ulong)>();
        for (var i = 0; i < shape.Reserved.Count; i++)
        {
            if (active[i] && (UInt128)shape.Reserved[i].Base < (UInt128)1 << input.Bits)
            {
                e820.Add((shape.Reserved[i].Base, shape.Reserved[i].Size, 2));
            }
        }

        e820.AddRange(banks.Where(b => b.Item2 != 0).Select(b => (b.Item1, b.Item2, 1UL)));
        var gapBase = shape.Banks[0].Base + sizes[0];
        return new BankedPlan(
            0, banks, hotplug ? ((ulong)place.DeviceBase, (ulong)place.DeviceSize) : default, (gapBase, shape.Fixed[0].Base - gapBase),
            ((ulong)place.WindowBase, (ulong)place.WindowSize), default, active, (ulong)place.Highest,
            hotplug ? (ulong)RoundUp(place.DeviceBase + place.DeviceSize, shape.DeviceMemoryAlignment) : 0, e820.ToArray());
    }

    private readonly record struct Placement(UInt128 DeviceBase, UInt128 DeviceSize, UInt128 WindowBase, UInt128 WindowSize, UInt128 Highest, bool Wraps);

    private static Placement Place(BankedShape shape, BankedInput input, UInt128 lastBase, ulong lastSize, ulong maxRam, bool hotplug)
    {
        var end = lastBase + lastSize;
        UInt128 deviceBase = 0, deviceSize = 0;
        var wraps = end > Top;
        if (hotplug)
        {
            deviceBase = RoundUp(end, shape.DeviceMemoryAlignment);
            deviceSize = (UInt128)(maxRam - input.Ram) + (UInt128)input.Slots * shape.SlotSize;
            end = deviceBase + deviceSize;
            wraps |= RoundUp(end, shape.DeviceMemoryAlignment) > Top;
        }

        var windowBase = RoundUp(end, shape.WindowAlignment);
        var windowSize = (UInt128)(input.WindowSize ?? shape.WindowSize);
        wraps |= windowBase + windowSize > Top;
        var highest = input.Guest64 != 0 ? windowBase + windowSize - 1
            : Checked(shape, input) ? (end == 0 ? 0 : end - 1)
            : ((UInt128)1 << input.Bits) - 1;
        return new Placement(deviceBase, deviceSize, windowBase, windowSize, highest, wraps);
    }

    /// <summary>Whether the plan's highest used address is bounded by what it places (not the top of the width).</summary>
    public static bool Checked(BankedShape shape, BankedInput input)
    {
        var version = input.Version < 0 ? shape.VersionCount - 1 : input.Version;
        return input.Guest64 != 0 || (input.Check32 >= 0 ? input.Check32 == 1 : shape.CheckGuest32BitSince < 0 || version >= shape.CheckGuest32BitSince);
    }

    private static UInt128 RoundUp(UInt128 value, ulong alignment) => (value + alignment - 1) / alignment * alignment;
}
