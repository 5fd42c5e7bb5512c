using System.Collections.Generic;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;

namespace MemmapGen.Analyzers.Proof;

/// <summary>A RAM bank as the planner uses it (docs/split-ram.md); indices are positions among the banks.</summary>
internal sealed record BankFact(
    int Ordinal,
    ulong Base,
    ulong Limit,
    ulong? LargestLimit,
    ulong LargeRamFrom,
    ulong LargeRamLimit,
    bool LargeRamLimitOptional,
    int RelocatePast,
    ulong RelocateTo,
    bool RelocateWraps);

/// <summary>A reserved window: active when a plan avoids it and it is enforced.</summary>
internal sealed record ReservedFact(int Ordinal, ulong Base, ulong Last);

/// <summary>A gap: from the end of bank <see cref="Bank"/> (an index) to <see cref="RegionBase"/>.</summary>
internal sealed record GapFact(int Ordinal, int Bank, ulong RegionBase);

/// <summary>A window placed after device memory.</summary>
internal sealed record WindowFact(int Ordinal, ulong Size, ulong Alignment, bool Requires64BitGuest);

/// <summary>
/// Everything the banked planner reads from a declaration, as numbers; built only from a map without declaration
/// issues, so every value is what the user wrote.
/// </summary>
internal sealed class BankedFacts
{
    private BankedFacts(BankFact[] banks, ReservedFact[] reserved, GapFact[] gaps, WindowFact[] windows, BankSpec last, int addressBits)
    {
        Banks = banks;
        Reserved = reserved;
        Gaps = gaps;
        Windows = windows;
        DeviceMemoryAlignment = last.DeviceMemoryAlignment;
        SlotSize = last.SlotSize;
        MaxSlots = last.MaxSlots;
        MaxRamAlignment = last.MaxRamAlignment;
        AddressBits = addressBits;
        MaxAddress = AddressMath.LastAddress(addressBits);
    }

    public BankFact[] Banks { get; }

    public ReservedFact[] Reserved { get; }

    public GapFact[] Gaps { get; }

    public WindowFact[] Windows { get; }

    public ulong DeviceMemoryAlignment { get; }

    public ulong SlotSize { get; }

    public uint MaxSlots { get; }

    public ulong MaxRamAlignment { get; }

    public int AddressBits { get; }

    /// <summary>The last address of the widest physical-address width a plan may ask for.</summary>
    public ulong MaxAddress { get; }

    public BankFact Last => Banks[Banks.Length - 1];

    /// <summary>The facts, or null with the reason the planner's shape is outside what the prover decides.</summary>
    public static BankedFacts? Create(MapSpec map, out string? unsupported)
    {
        unsupported = null;
        var reservedIndex = new Dictionary<int, int>();
        var reserved = new List<ReservedFact>();
        foreach (var ordinal in map.Reserved)
        {
            var region = map.Regions[ordinal];
            reservedIndex[ordinal] = reserved.Count;
            var last = region.Size - 1 > ulong.MaxValue - region.Base ? ulong.MaxValue : region.Base + region.Size - 1;
            reserved.Add(new ReservedFact(ordinal, region.Base, last));
        }

        var bankIndex = new Dictionary<int, int>();
        var banks = new List<BankFact>();
        for (var i = 0; i < map.Banks.Count; i++)
        {
            var bank = map.Banks[i];
            bankIndex[bank.Ordinal] = i;
            var relocatePast = bank.RelocatePast >= 0 && reservedIndex.TryGetValue(bank.RelocatePast, out var index) ? index : -1;
            var window = map.Regions[bank.RelocatePast >= 0 ? bank.RelocatePast : bank.Ordinal];
            var wraps = relocatePast >= 0 && window.Size > ulong.MaxValue - window.Base;
            banks.Add(new BankFact(
                bank.Ordinal,
                bank.Base,
                bank.Limit,
                LargestLimit(map, i),
                bank.LargeRamFrom,
                bank.LargeRamLimit,
                bank.LargeRamLimitOptional,
                relocatePast,
                relocatePast >= 0 && !wraps ? window.Base + window.Size : 0,
                wraps));
        }

        var gaps = new List<GapFact>();
        foreach (var gap in map.Gaps)
        {
            if (gap.After < 0 || gap.Before < 0 || !bankIndex.TryGetValue(gap.After, out var bank))
            {
                unsupported = "a gap is not resolved";
                return null;
            }

            gaps.Add(new GapFact(gap.Ordinal, bank, map.Regions[gap.Before].Base));
        }

        var windows = new List<WindowFact>();
        foreach (var window in map.Windows)
        {
            windows.Add(new WindowFact(window.Ordinal, window.Size, window.Alignment, window.Requires64BitGuest));
        }

        var lastBank = map.Banks[map.Banks.Count - 1];
        if (!IsAlignment(lastBank.DeviceMemoryAlignment) || windows.Exists(w => !IsAlignment(w.Alignment)))
        {
            unsupported = "an alignment is not a power of two";
            return null;
        }

        return new BankedFacts(banks.ToArray(), reserved.ToArray(), gaps.ToArray(), windows.ToArray(), lastBank, map.AddressBits);
    }

    /// <summary>As the generated planner: MaxLimit, and never past the next bank's base.</summary>
    private static ulong? LargestLimit(MapSpec map, int index)
    {
        var bank = map.Banks[index];
        ulong? largest = bank.MaxLimit != 0 ? bank.MaxLimit : null;
        if (index + 1 < map.Banks.Count && map.Banks[index + 1].Base > bank.Base)
        {
            var room = map.Banks[index + 1].Base - bank.Base;
            largest = largest is { } most && most <= room ? most : room;
        }

        return largest;
    }

    private static bool IsAlignment(ulong value) => value <= 1 || (value & (value - 1)) == 0;
}
