using System.Globalization;
using System.Text;

namespace Benchmarks.Proof;

/// <summary>
/// Maps of 1,000 regions, correct for every plan input (so the proof runs to its end), for the product target "under
/// 1 s for a 1,000-region map".
/// </summary>
internal static class SyntheticMaps
{
    public const int Regions = 1_000;

    /// <summary>Where the refuted variant moves its last device: 512 GiB, above the high bank's base.</summary>
    private const ulong ReachableBase = 0x80_0000_0000;

    /// <summary>
    /// Three banks shaped like QEMU pc's (a low bank with a raisable limit and an optional large-RAM cap, a mid bank whose
    /// limit plans cannot raise, a high bank with hot-plug memory that relocates past a reserved window), a second
    /// reserved window between the mid bank's reach and the high bank (plans may raise an unbounded limit, so the mid
    /// bank needs its MaxLimit to stay clear of it), the 32-bit gap, a 64-bit window, and 4 KiB devices every 64 KiB from
    /// 0xF000_0000, in the 32-bit hole where no bank reaches. With <paramref name="refuted"/>, the last device sits at
    /// 512 GiB instead, where the high bank and device memory reach it.
    /// </summary>
    public static string Banked(bool refuted)
    {
        const int devices = Regions - 7; // 3 banks, 2 reserved windows, a gap, a window
        var source = new StringBuilder("""
            using MemmapGen;
            using static MemmapGen.Units;

            namespace Synthetic;

            [MemoryMap(AddressBits = 52)]
            public enum BankedBoard
            {
                [RamBank(0x0, Limit = 0xC000_0000, MaxLimit = 0xF000_0000, LargeRamLimit = 0xA000_0000)] Low,
                [RamBank(4 * GiB, Limit = 60 * GiB, MaxLimit = 60 * GiB)] Mid,
                [RamBank(128 * GiB, RelocatePast = HyperTransport, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB,
                         MaxSlots = 256, MaxRamAlignment = 4 * KiB)] High,
                [Reserved(0xFD_0000_0000, 12 * GiB)] HyperTransport,
                [Reserved(64 * GiB, 1 * GiB)] Firmware,
                [Gap(After = Low, Before = Dev0)] PciHole,
                [Window(32 * GiB, Alignment = 1 * GiB)] PciHole64,

            """);
        for (var i = 0; i < devices; i++)
        {
            var address = refuted && i == devices - 1 ? ReachableBase : 0xF000_0000UL + ((ulong)i * 0x1_0000);
            source.Append(CultureInfo.InvariantCulture, $"    [Fixed(0x{address:X}, 4 * KiB)] Dev{i},\n");
        }

        return source.Append("}\n").ToString();
    }

    /// <summary>
    /// An Arm-style map: RAM at 1 GiB with a legacy limit and hot-plug memory, 8 floating regions above it and 4 KiB
    /// devices every 64 KiB from 16 MiB, below RAM.
    /// </summary>
    public static string Arm()
    {
        const int floating = 8;
        const int devices = Regions - 1 - floating;
        var source = new StringBuilder("""
            using MemmapGen;
            using static MemmapGen.Units;

            namespace Synthetic;

            [MemoryMap(AddressBits = 48)]
            public enum ArmBoard
            {
                [Ram(1 * GiB, LegacyLimit = 255 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 256)] Mem,

            """);
        for (var i = 0; i < floating; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    [Floating({64 << i} * MiB)] High{i},\n");
        }

        for (var i = 0; i < devices; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    [Fixed(0x{0x100_0000UL + ((ulong)i * 0x1_0000):X}, 4 * KiB)] Dev{i},\n");
        }

        return source.Append("}\n").ToString();
    }
}
