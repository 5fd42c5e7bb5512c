namespace MemmapGen.Tests.SplitRam;

/// <summary>
/// QEMU's x86 <c>pc</c> (i440fx) and <c>q35</c> memory maps declared with banks, and a probe that plans one input and
/// returns the plan as numbers. All QEMU policy is in the attributes; the versions carry QEMU's compat flags
/// (hole64 advertised from 2.11, the HyperTransport hole from 7.1, 32-bit guests checked from 8.2).
/// </summary>
internal static class QemuPcMaps
{
    public const string Source = """
        using MemmapGen;
        using static MemmapGen.Units;

        namespace X86;

        public enum PcVersion
        {
            [MachineVersion("pc-2.10")] V2_10,
            [MachineVersion("pc-2.11")] V2_11,
            [MachineVersion("pc-7.0")] V7_0,
            [MachineVersion("pc-7.1")] V7_1,
            [MachineVersion("pc-8.1")] V8_1,
            [MachineVersion("pc-8.2")] V8_2,
        }

        [MemoryMap(TypeName = "I440fxMemmap", Versions = typeof(PcVersion), AddressBits = 52, CheckGuest32BitSince = PcVersion.V8_2)]
        public enum I440fxRegion
        {
            [RamBank(0, Limit = 0xE000_0000, MaxLimit = 4 * GiB, LargeRamLimit = 3 * GiB)] LowRam,
            [RamBank(4 * GiB, RelocatePast = HyperTransport, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB,
                     MaxSlots = 256, MaxRamAlignment = 4 * KiB)] HighRam,
            [Reserved(0xFD_0000_0000, 12 * GiB, Since = PcVersion.V7_1)] HyperTransport,
            [Gap(After = LowRam, Before = IoApic)] PciHole,
            [Window(2 * GiB, Alignment = 1 * GiB, AdvertisedSince = PcVersion.V2_11)] PciHole64,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
        }

        [MemoryMap(TypeName = "Q35Memmap", Versions = typeof(PcVersion), AddressBits = 52, CheckGuest32BitSince = PcVersion.V8_2)]
        public enum Q35Region
        {
            [RamBank(0, Limit = 4 * GiB, MaxLimit = 4 * GiB, LargeRamFrom = 0xB000_0000, LargeRamLimit = 2 * GiB,
                     LargeRamLimitOptional = false)] LowRam,
            [RamBank(4 * GiB, RelocatePast = HyperTransport, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB,
                     MaxSlots = 256, MaxRamAlignment = 4 * KiB)] HighRam,
            [Reserved(0xFD_0000_0000, 12 * GiB, Since = PcVersion.V7_1)] HyperTransport,
            [Gap(After = LowRam, Before = IoApic)] PciHole,
            [Window(32 * GiB, Alignment = 1 * GiB, AdvertisedSince = PcVersion.V2_11)] PciHole64,
            [Fixed(0xFEC0_0000, 4 * KiB)] IoApic,
        }
        """;

    /// <summary>
    /// <c>Probe.Run</c>: plans one input on either map. A null flag leaves the version's default (the version is
    /// <c>version</c>, or the newest for -1). Returns [0] the error kind (0 for a plan), then, for a plan, the layout
    /// in the order of <see cref="SplitPlan"/>. <c>largeRamLimit</c> (<c>gigabyte_align</c>) is i440FX's alone: q35's
    /// cap is declared <c>LargeRamLimitOptional = false</c>, so its plans have no such option.
    /// </summary>
    public const string Probe = """
        using System.Collections.Generic;
        using MemmapGen;
        using X86;

        public static class Probe
        {
            public static ulong[] Run(
                bool q35, int version, bool amd, bool longMode, int physBits, ulong ram, ulong maxRam, ulong slots,
                ulong? lowRamLimit, bool? largeRamLimit, bool? enforce, bool? checkGuest32, bool? advertise, ulong? hole64)
            {
                var v = version < 0 ? (PcVersion?)null : (PcVersion)version;
                return q35
                    ? Q35(new Q35Memmap.PlanOptions
                    {
                        Version = v, AvoidHyperTransport = amd, Guest64Bit = longMode, PhysAddrBits = physBits,
                        RamSize = ram, MaxRamSize = maxRam, RamSlots = slots, LowRamLimit = lowRamLimit,
                        EnforceHyperTransport = enforce, CheckGuest32Bit = checkGuest32,
                        AdvertisePciHole64 = advertise, PciHole64Size = hole64,
                    })
                    : I440fx(new I440fxMemmap.PlanOptions
                    {
                        Version = v, AvoidHyperTransport = amd, Guest64Bit = longMode, PhysAddrBits = physBits,
                        RamSize = ram, MaxRamSize = maxRam, RamSlots = slots, LowRamLimit = lowRamLimit,
                        LowRamLargeRamLimit = largeRamLimit, EnforceHyperTransport = enforce, CheckGuest32Bit = checkGuest32,
                        AdvertisePciHole64 = advertise, PciHole64Size = hole64,
                    });
            }

            private static ulong[] Q35(Q35Memmap.PlanOptions options)
            {
                if (!Q35Memmap.TryPlan(options, out var l, out var error))
                    return new[] { (ulong)error.Kind };
                var e820 = new List<E820Entry>();
                for (int i = 0; i < l.E820Count; i++) e820.Add(l.GetE820(i));
                return Flatten(l.LowRam, l.HighRam, l.HighRamRelocated, l.DeviceMemory, l.PciHole64, l.PciHole64Advertised,
                    l.PciHole, l.LastUsedGpa, l.ReservedMemoryEnd, e820);
            }

            private static ulong[] I440fx(I440fxMemmap.PlanOptions options)
            {
                if (!I440fxMemmap.TryPlan(options, out var l, out var error))
                    return new[] { (ulong)error.Kind };
                var e820 = new List<E820Entry>();
                for (int i = 0; i < l.E820Count; i++) e820.Add(l.GetE820(i));
                return Flatten(l.LowRam, l.HighRam, l.HighRamRelocated, l.DeviceMemory, l.PciHole64, l.PciHole64Advertised,
                    l.PciHole, l.LastUsedGpa, l.ReservedMemoryEnd, e820);
            }

            private static ulong[] Flatten(
                MemRange low, MemRange high, bool relocated, MemRange device, MemRange hole64, MemRange advertised,
                MemRange hole, ulong lastUsed, ulong reservedEnd, List<E820Entry> e820)
            {
                var values = new List<ulong>
                {
                    0, low.Size, high.Size, high.Base, relocated ? 1UL : 0, device.Base, device.Size, hole64.Base,
                    advertised.Base, unchecked(advertised.Base + advertised.Size), hole.Base, unchecked(hole.Base + hole.Size),
                    lastUsed, reservedEnd,
                };
                foreach (var entry in e820)
                {
                    values.Add(entry.Base);
                    values.Add(entry.Size);
                    values.Add((ulong)entry.Type);
                }

                return values.ToArray();
            }
        }
        """;
}
