using System;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// The planner's documented semantics written plainly with 128-bit arithmetic, as an oracle: RAM, then device memory
/// rounded to its alignment, then the floating area from max(top of memory, RAM base + LegacyLimit); each floating region
/// aligned (to its declared alignment or its size), enabled when requested and below 2^PhysAddrBits; compact reserves
/// nothing for a disabled region, legacy reserves it. A machine version picks the default layout; a region it predates
/// (Since) is NotIntroduced and reserves nothing, and EnabledSince decides whether a region is requested by default.
/// Any step past 2^64 is an error, not a wrap.
/// </summary>
public static class ReferencePlanner
{
    private static readonly UInt128 Top = (UInt128)1 << 64;

    /// <summary>Null when the options cannot be planned (the error kind is the planner's business); otherwise the plan.</summary>
    public static Planned? Plan(MapShape shape, PlanInput input)
    {
        var sizes = new ulong[shape.Floating.Count];
        for (var i = 0; i < sizes.Length; i++)
        {
            var declared = shape.Floating[i].Size;
            sizes[i] = shape.Floating[i].Resizable && input.Size[i] != 0 ? input.Size[i] : declared;
            if (!IsPow2(sizes[i]) || sizes[i] < declared)
            {
                return null;
            }
        }

        if ((shape.MaxSlots != 0 && input.Slots > shape.MaxSlots) || input.Bits < 1 || input.Bits > shape.AddressBits)
        {
            return null;
        }

        // The machine version (the newest by default) picks the default layout and which regions exist and are requested.
        var version = input.Version < 0 ? shape.VersionCount - 1 : input.Version;
        if (shape.VersionCount > 0 && version >= shape.VersionCount)
        {
            return null;
        }

        var maxRam = input.MaxRam == 0 ? input.Ram : input.MaxRam;
        if (maxRam < input.Ram)
        {
            return null;
        }

        UInt128 ramEnd = (UInt128)shape.RamBase + input.Ram;
        UInt128 deviceBase = AlignUp(ramEnd, shape.DeviceMemoryAlignment);
        UInt128 deviceSize = (UInt128)(maxRam - input.Ram) + ((UInt128)input.Slots * shape.SlotSize);
        UInt128 memTop = deviceBase + AlignUp(deviceSize, shape.DeviceMemoryAlignment);
        var limit = ((UInt128)1 << input.Bits) - 1;
        if (ramEnd >= Top || deviceBase >= Top || deviceSize >= Top || memTop >= Top || (memTop != 0 && memTop - 1 > limit))
        {
            return null;
        }

        var legacy = input.Layout == 2 || (input.Layout == 0 && shape.VersionCount > 0 && shape.LegacyVersions[version]);
        var highest = memTop == 0 ? UInt128.Zero : memTop - 1;
        var next = UInt128.Max(memTop, UInt128.Min((UInt128)shape.RamBase + shape.LegacyLimit, Top - 1));
        var bases = new ulong[sizes.Length];
        var states = new PlacementState[sizes.Length];
        for (var i = 0; i < sizes.Length; i++)
        {
            var alignment = shape.Floating[i].Alignment != 0 ? shape.Floating[i].Alignment : sizes[i];
            var regionBase = AlignUp(next, alignment);
            var fits = regionBase + sizes[i] - 1 <= limit;
            var shapeOf = shape.Floating[i];
            if (shapeOf.Since > version)
            {
                // Not in this machine version: no state to choose, and no space reserved even in legacy.
                states[i] = PlacementState.NotIntroduced;
                continue;
            }

            var requested = input.Enable[i] == 1 || (input.Enable[i] == 0 && shapeOf.EnabledSince <= version);
            states[i] = !requested ? PlacementState.NotRequested : fits ? PlacementState.Enabled : PlacementState.DoesNotFit;
            bases[i] = regionBase < Top ? (ulong)regionBase : 0;
            if (legacy || states[i] == PlacementState.Enabled)
            {
                if (fits)
                {
                    highest = regionBase + sizes[i] - 1;
                }

                next = regionBase + sizes[i];
            }
        }

        return new Planned(true, -1, bases, sizes, states, shape.RamBase, input.Ram, (ulong)deviceBase, (ulong)deviceSize, (ulong)highest, 64 - (int)ulong.LeadingZeroCount((ulong)highest));
    }

    public static bool IsPow2(ulong value) => value != 0 && (value & (value - 1)) == 0;

    private static UInt128 AlignUp(UInt128 value, ulong alignment) =>
        alignment <= 1 ? value : (value + alignment - 1) / alignment * alignment;
}
