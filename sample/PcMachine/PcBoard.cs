using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using MemmapGen;

namespace Sample.Pc;

/// <summary>
/// The QEMU side of the sample: turns a <see cref="MachineConfig"/> into the generated planners' options the way
/// QEMU's machine code reads its state, the layouts into a <see cref="PcMap"/>, and the planners' typed errors into
/// QEMU's messages. The command line and the fidelity tests both go through here.
/// </summary>
public static class PcBoard
{
    private const ulong GiB = Units.GiB;

    /// <summary>Plans the memory map of <paramref name="config"/>'s machine; on failure returns false and QEMU's message.</summary>
    public static bool TryPlan(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error)
    {
        PlanError planError;
        if (config.Machine.Chipset == Chipset.I440fx)
        {
            if (PcMemmap.TryPlan(PcOptions(config), out var layout, out planError))
            {
                (map, error) = (ToMap(layout), null);
                return true;
            }
        }
        else if (Q35Memmap.TryPlan(Q35Options(config), out var layout, out planError))
        {
            (map, error) = (ToMap(layout), null);
            return true;
        }

        (map, error) = (null, Describe(planError, config));
        return false;
    }

    /// <summary>The i440FX planner's options: <c>gigabyte_align</c> is the low bank's large-RAM cap.</summary>
    public static PcMemmap.PlanOptions PcOptions(MachineConfig config) => new()
    {
        RamSize = config.RamSize,
        MaxRamSize = config.MaxRamSize,
        RamSlots = config.Slots,
        PhysAddrBits = config.PhysBits,
        Version = (PcVersion)config.Machine.Version,
        Guest64Bit = config.LongMode,
        CheckGuest32Bit = !config.Broken32BitMemAddrCheck,
        LowRamLimit = LowRamLimit(config),
        LowRamLargeRamLimit = config.GigabyteAlign,
        AvoidHyperTransport = config.IsAmd,
        EnforceHyperTransport = config.EnforceAmd1TbHole,
        PciHole64Size = config.PciHole64Size,
        AdvertisePciHole64 = config.PciHole64Fix,
    };

    /// <summary>The Q35 planner's options; its split has no <c>gigabyte_align</c>.</summary>
    public static Q35Memmap.PlanOptions Q35Options(MachineConfig config) => new()
    {
        RamSize = config.RamSize,
        MaxRamSize = config.MaxRamSize,
        RamSlots = config.Slots,
        PhysAddrBits = config.PhysBits,
        Version = (Q35Version)config.Machine.Version,
        Guest64Bit = config.LongMode,
        CheckGuest32Bit = !config.Broken32BitMemAddrCheck,
        LowRamLimit = LowRamLimit(config),
        AvoidHyperTransport = config.IsAmd,
        EnforceHyperTransport = config.EnforceAmd1TbHole,
        PciHole64Size = config.PciHole64Size,
        AdvertisePciHole64 = config.PciHole64Fix,
    };

    /// <summary>QEMU's message for a planning error (<c>hw/i386/pc.c</c>; an abort as <c>assertion failed: ...</c>).</summary>
    public static string Describe(PlanError error, MachineConfig config) => error.Kind switch
    {
        PlanErrorKind.LimitTooLarge => QemuMessages.LimitTooLarge(error.Value),
        PlanErrorKind.AddressPastWidth => QemuMessages.AddressPastWidth(error.Limit, error.Value, error.Bits),
        PlanErrorKind.TooManySlots => QemuMessages.TooManySlots(error.Value),
        PlanErrorKind.MaxRamNotAligned => QemuMessages.MaxRamNotAligned(error.Limit),
        PlanErrorKind.MemoryOverflow => QemuMessages.MemoryOverflow(config.MaxRamSize),
        PlanErrorKind.GapClosed => QemuMessages.GapClosed(error.Value, error.Limit),
        _ => error.Message,
    };

    // QEMU reads max-ram-below-4g=0 as "not set".
    private static ulong? LowRamLimit(MachineConfig config) => config.MaxRamBelow4G is { } limit && limit != 0 ? limit : null;

    private static PcMap ToMap(in PcMemmap.Layout layout)
    {
        var copy = layout; // a lambda cannot capture an in parameter
        return Map(layout.LowRam, layout.HighRam, layout.HighRamRelocated, layout.DeviceMemory, layout.PciHole, layout.PciHole64,
            layout.PciHole64Advertised, layout.LastUsedGpa, layout.ReservedMemoryEnd,
            E820(layout.E820Count, i => copy.GetE820(i)), Devices<PcRegion>(PcMemmap.KindOf, region => copy.Get(region).Range)) with
        {
            Avoided = layout.HyperTransportActive ? [new FixedDevice(nameof(PcRegion.HyperTransport), PcMemmap.HyperTransport)] : [],
        };
    }

    private static PcMap ToMap(in Q35Memmap.Layout layout)
    {
        var copy = layout;
        return Map(layout.LowRam, layout.HighRam, layout.HighRamRelocated, layout.DeviceMemory, layout.PciHole, layout.PciHole64,
            layout.PciHole64Advertised, layout.LastUsedGpa, layout.ReservedMemoryEnd,
            E820(layout.E820Count, i => copy.GetE820(i)), Devices<Q35Region>(Q35Memmap.KindOf, region => copy.Get(region).Range)) with
        {
            Avoided = layout.HyperTransportActive ? [new FixedDevice(nameof(Q35Region.HyperTransport), Q35Memmap.HyperTransport)] : [],
        };
    }

    // The two machines' layouts are different generated types with the same members: these read what differs by type.
    private static List<E820Area> E820(int count, Func<int, E820Entry> entry)
    {
        var e820 = new List<E820Area>(count);
        for (var i = 0; i < count; i++)
        {
            e820.Add(Area(entry(i)));
        }

        return e820;
    }

    private static List<FixedDevice> Devices<TRegion>(Func<TRegion, RegionKind> kindOf, Func<TRegion, MemRange> range)
        where TRegion : struct, Enum
    {
        var devices = new List<FixedDevice>();
        foreach (var region in Enum.GetValues<TRegion>())
        {
            if (kindOf(region) == RegionKind.Fixed)
            {
                devices.Add(new FixedDevice(region.ToString(), range(region)));
            }
        }

        return devices;
    }

    // Both machines' layouts have the same members; this is where they become QEMU's view.
    private static PcMap Map(MemRange low, MemRange high, bool relocated, MemRange deviceMemory, MemRange pciHole, MemRange hole64,
        MemRange advertised, ulong lastUsedGpa, ulong reservedMemoryEnd, List<E820Area> e820, List<FixedDevice> devices) => new()
        {
            BelowRam = low,
            AboveRam = high.IsEmpty ? null : high,
            Relocated = relocated,
            DeviceMemory = deviceMemory.IsEmpty ? null : deviceMemory,
            PciHoleStart = pciHole.Base,
            PciHoleEnd = unchecked(pciHole.Base + pciHole.Size),
            PciHole64Base = hole64.Base,
            // An advertised hole ends rounded up to 1 GiB; the planned one is the same rounding of its size.
            PciHole64Limit = unchecked((hole64.Base + hole64.Size + GiB - 1) & ~(GiB - 1)),
            // Not advertised: the empty range at 0 (an advertised hole starts at 4 GiB or above, even when empty).
            PciHole64Advertised = advertised.Base != 0,
            MaxUsedGpa = lastUsedGpa,
            E820 = e820,
            ReservedMemoryEnd = reservedMemoryEnd == 0 ? null : reservedMemoryEnd,
            Devices = devices,
        };

    private static E820Area Area(E820Entry entry) =>
        new(entry.Range, entry.Type == E820Type.Ram ? E820Kind.Ram : E820Kind.Reserved);
}
