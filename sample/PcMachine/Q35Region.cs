using MemmapGen;
using static MemmapGen.Units;

namespace Sample.Pc;

/// <summary>
/// The guest-physical memory map of QEMU's Q35 machine, <c>q35</c> (<c>pc_q35_init()</c> and <c>pc_memory_init()</c>):
/// RAM split around the 32-bit PCI hole, hot-plug memory and the 64-bit PCI hole above it, and the devices QEMU
/// maps at fixed addresses below 4 GiB.
/// </summary>
[MemoryMap(TypeName = "Q35Memmap", Versions = typeof(Q35Version), AddressBits = 52, CheckGuest32BitSince = Q35Version.V8_2)]
public enum Q35Region
{
    /// <summary>
    /// RAM below 4 GiB from 0: up to <c>max-ram-below-4g</c> (4 GiB by default and at most), and at most 2 GiB once RAM
    /// reaches 2.75 GiB, where the split would otherwise run into MMCONFIG. QEMU's q35 has no switch for that cap
    /// (no <c>gigabyte_align</c>), so plans get none either.
    /// </summary>
    [RamBank(0x0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB,
             LargeRamLimitOptional = false)]
    LowRam,

    /// <summary>
    /// The rest of RAM from 4 GiB, or from 1 TiB when an AMD guest's map would reach the HyperTransport range. Hot-plug
    /// device memory follows it, aligned to 1 GiB, with 1 GiB per slot; ACPI describes at most 256 slots.
    /// </summary>
    [RamBank(4 * GiB, RelocatePast = HyperTransport, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB,
             MaxSlots = 256, MaxRamAlignment = 4 * KiB)]
    HighRam,

    /// <summary>AMD's HyperTransport range below 1 TiB, which host IOMMUs cannot map; avoided from pc-q35-7.1 on.</summary>
    [Reserved(0xFD_0000_0000, 12 * GiB, Since = Q35Version.V7_1)] HyperTransport,

    /// <summary>The 32-bit PCI hole, from the end of RAM below 4 GiB to the IOAPIC.</summary>
    [Gap(After = LowRam, Before = IoApic)] PciHole,

    /// <summary>The 64-bit PCI hole after device memory: 32 GiB by default, advertised from pc-q35-2.11 on.</summary>
    [Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = Q35Version.V2_11)] PciHole64,

    /// <summary>The PCIe MMCONFIG (ECAM) window for 256 buses (MCH_HOST_BRIDGE_PCIEXBAR_DEFAULT), inside the 32-bit hole.</summary>
    [Fixed(0xB000_0000, 256 * MiB)] MmConfig,

    /// <summary>The I/O APIC (IO_APIC_DEFAULT_ADDRESS).</summary>
    [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,

    /// <summary>The HPET's registers (HPET_BASE, HPET_LEN).</summary>
    [Fixed(0xFED0_0000, 1 * KiB)] Hpet,

    /// <summary>The local APICs' window (APIC_DEFAULT_ADDRESS, APIC_SPACE_SIZE).</summary>
    [Fixed(0xFEE0_0000, 1 * MiB)] Lapic,

    /// <summary>The BIOS ROM, ending at 4 GiB: its base depends on the image; this is the default 256 KiB SeaBIOS.</summary>
    [Fixed(0xFFFC_0000, 256 * KiB)] Bios,
}
