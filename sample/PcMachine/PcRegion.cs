using MemmapGen;
using static MemmapGen.Units;

namespace Sample.Pc;

/// <summary>
/// The guest-physical memory map of QEMU's i440FX machine, <c>pc</c> (<c>pc_init1()</c> and <c>pc_memory_init()</c>):
/// RAM split around the 32-bit PCI hole, hot-plug memory and the 64-bit PCI hole above it, and the devices QEMU
/// maps at fixed addresses below 4 GiB.
/// </summary>
[MemoryMap(TypeName = "PcMemmap", Versions = typeof(PcVersion), AddressBits = 52, CheckGuest32BitSince = PcVersion.V8_2)]
public enum PcRegion
{
    /// <summary>
    /// RAM below 4 GiB from 0: up to <c>max-ram-below-4g</c> (3.5 GiB by default, at most 4 GiB), capped at 3 GiB when
    /// RAM reaches that limit (<c>gigabyte_align</c>).
    /// </summary>
    [RamBank(0x0, Limit = 0xE000_0000, MaxLimit = 4 * GiB, LargeRamLimit = 0xC000_0000)] LowRam,

    /// <summary>
    /// The rest of RAM from 4 GiB, or from 1 TiB when an AMD guest's map would reach the HyperTransport range. Hot-plug
    /// device memory follows it, aligned to 1 GiB, with 1 GiB per slot; ACPI describes at most 256 slots.
    /// </summary>
    [RamBank(4 * GiB, RelocatePast = HyperTransport, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB,
             MaxSlots = 256, MaxRamAlignment = 4 * KiB)]
    HighRam,

    /// <summary>AMD's HyperTransport range below 1 TiB, which host IOMMUs cannot map; avoided from pc-i440fx-7.1 on.</summary>
    [Reserved(0xFD_0000_0000, 12 * GiB, Since = PcVersion.V7_1)] HyperTransport,

    /// <summary>The 32-bit PCI hole, from the end of RAM below 4 GiB to the IOAPIC.</summary>
    [Gap(After = LowRam, Before = IoApic)] PciHole,

    /// <summary>The 64-bit PCI hole after device memory: 2 GiB by default, advertised from pc-i440fx-2.11 on.</summary>
    [Window(2 * GiB, Alignment = 1 * GiB, AdvertisedSince = PcVersion.V2_11)] PciHole64,

    /// <summary>The I/O APIC (IO_APIC_DEFAULT_ADDRESS).</summary>
    [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,

    /// <summary>The HPET's registers (HPET_BASE, HPET_LEN).</summary>
    [Fixed(0xFED0_0000, 1 * KiB)] Hpet,

    /// <summary>The local APICs' window (APIC_DEFAULT_ADDRESS, APIC_SPACE_SIZE).</summary>
    [Fixed(0xFEE0_0000, 1 * MiB)] Lapic,

    /// <summary>The BIOS ROM, ending at 4 GiB: its base depends on the image; this is the default 256 KiB SeaBIOS.</summary>
    [Fixed(0xFFFC_0000, 256 * KiB)] Bios,
}
