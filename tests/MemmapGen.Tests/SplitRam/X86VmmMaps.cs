namespace MemmapGen.Tests.SplitRam;

/// <summary>
/// Firecracker's and Cloud Hypervisor's x86_64 memory maps declared with banks, and a probe that plans one input and
/// returns the plan as numbers. The numbers are the VMMs' layout constants; the sources are named on each map.
/// </summary>
internal static class X86VmmMaps
{
    public const string Source = """
        using MemmapGen;
        using static MemmapGen.Units;

        namespace Vmm;

        // Firecracker, firecracker-microvm/firecracker 81b38b9dad60 (main after v1.16.0), src/vmm/src/arch/x86_64:
        // arch_memory_regions splits DRAM around the 32-bit MMIO gap (MMIO32_MEM_START 3 GiB, 1 GiB) and the 64-bit
        // MMIO gap (MMIO64_MEM_START 256 GiB, 256 GiB): below 3 GiB, then from 4 GiB up to 256 GiB, the rest from 512 GiB.
        // The limits are constants there, so no plan may raise them (MaxLimit).
        [MemoryMap(TypeName = "FirecrackerMemmap")]
        public enum FirecrackerRegion
        {
            [RamBank(0, Limit = 3 * GiB, MaxLimit = 3 * GiB)] LowRam,
            [RamBank(4 * GiB, Limit = 252 * GiB, MaxLimit = 252 * GiB)] MidRam,
            [RamBank(512 * GiB)] HighRam,

            // Reported as reserved in the boot e820 (PCI_MMCONFIG_START = IOAPIC_ADDR - 256 MiB).
            [Reserved(0xEEC0_0000, 256 * MiB)] PciMmconfig,

            // Boot device and 32-bit device MMIO (BOOT_DEVICE_MEM_START .. PCI_MMCONFIG_START).
            [Fixed(0xC000_0000, 0x2EC0_0000)] Mmio32Devices,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
            [Fixed(0xFEE0_0000, 4 * KiB)] Apic,
            [Fixed(256 * GiB, 256 * GiB)] Mmio64,
        }

        // Cloud Hypervisor, cloud-hypervisor/cloud-hypervisor ae44c2971c83 (main after v53.0): arch/src/x86_64 and
        // vmm/src/memory_manager.rs. RAM below MEM_32BIT_RESERVED_START (3 GiB; the reserved area is 896 MiB), the rest
        // from RAM_64BIT_START; ACPI hot-plug memory from the end of RAM rounded up to 128 MiB (4 GiB when RAM ends
        // below 3 GiB); the device area from the end of that to the top of the physical address width.
        [MemoryMap(TypeName = "CloudHypervisorMemmap")]
        public enum CloudHypervisorRegion
        {
            [RamBank(0, Limit = 3 * GiB, MaxLimit = 3 * GiB)] LowRam,
            [RamBank(4 * GiB, DeviceMemoryAlignment = 128 * MiB, SlotSize = 128 * MiB, MaxSlots = 8)] HighRam,

            // MEM_32BIT_DEVICES_START + MEM_32BIT_DEVICES_SIZE, reported as reserved in the boot e820.
            [Reserved(0xE800_0000, 256 * MiB)] PciMmconfig,

            // The device area: its size depends on the physical-address width, so each plan gives it.
            [Window(1 * GiB, Alignment = 1)] DeviceArea,

            [Fixed(0xC000_0000, 640 * MiB)] Mem32BitDevices,
            [Fixed(0xF800_0000, 0x4000)] KvmTssAndIdentityMap,
            [Fixed(0xFEC0_0000, 0x20)] IoApic,
            [Fixed(0xFED4_0000, 0x1000)] Tpm,
            [Fixed(0xFEE0_0000, 4 * KiB)] Apic,
        }
        """;

    /// <summary>
    /// <c>Probe.Firecracker</c> and <c>Probe.CloudHypervisor</c>: [0] the error kind (0 for a plan), then each bank's
    /// base and size, device memory's base and size, the window's base and size (Cloud Hypervisor), the highest used
    /// address, and the e820 entries as (base, size, type).
    /// </summary>
    public const string Probe = """
        using System.Collections.Generic;
        using MemmapGen;
        using Vmm;

        public static class Probe
        {
            public static ulong[] Firecracker(ulong ram, int bits)
            {
                var options = new FirecrackerMemmap.PlanOptions { RamSize = ram, PhysAddrBits = bits, AvoidPciMmconfig = true };
                if (!FirecrackerMemmap.TryPlan(options, out var l, out var error))
                    return new[] { (ulong)error.Kind };
                var values = new List<ulong> { 0, l.LowRam.Base, l.LowRam.Size, l.MidRam.Base, l.MidRam.Size, l.HighRam.Base, l.HighRam.Size, l.LastUsedGpa };
                for (int i = 0; i < l.E820Count; i++) Add(values, l.GetE820(i));
                return values.ToArray();
            }

            public static ulong[] CloudHypervisor(ulong ram, ulong hotplug, int bits, ulong deviceAreaSize)
            {
                var options = new CloudHypervisorMemmap.PlanOptions
                {
                    RamSize = ram, MaxRamSize = ram + hotplug, PhysAddrBits = bits, AvoidPciMmconfig = true,
                    DeviceAreaSize = deviceAreaSize,
                };
                if (!CloudHypervisorMemmap.TryPlan(options, out var l, out var error))
                    return new[] { (ulong)error.Kind };
                var values = new List<ulong>
                {
                    0, l.LowRam.Base, l.LowRam.Size, l.HighRam.Base, l.HighRam.Size, l.DeviceMemory.Base, l.DeviceMemory.Size,
                    l.DeviceArea.Base, l.DeviceArea.Size, l.LastUsedGpa,
                };
                for (int i = 0; i < l.E820Count; i++) Add(values, l.GetE820(i));
                return values.ToArray();
            }

            private static void Add(List<ulong> values, E820Entry entry)
            {
                values.Add(entry.Base);
                values.Add(entry.Size);
                values.Add((ulong)entry.Type);
            }
        }
        """;
}
