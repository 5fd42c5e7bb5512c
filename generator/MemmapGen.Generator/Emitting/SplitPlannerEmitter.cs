using System.Collections.Generic;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits the planner of a map that splits RAM into banks, step by step as docs/split-ram.md numbers them: inputs, split,
/// gaps, placement, relocation, bound check, hot-plug checks, result. Straight-line with every declared number folded
/// in; every sum that could pass 2^64 is checked, so any input gives a layout or a typed error.
/// </summary>
internal static class SplitPlannerEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("The planner. Same as TryPlan on the companion class.");
        using (writer.Block($"public static bool TryCreate({PlannerEmitter.Parameters})"))
        {
            writer.Line("layout = default;");
            EmitInputs(writer, context);
            EmitSplit(writer, context);
            EmitGaps(writer, context);
            EmitPlacement(writer, context);
            EmitRelocation(writer, context);
            EmitChecks(writer, context);
            EmitResult(writer, context);
        }

        EmitPlace(writer, context);
    }

    private static void EmitInputs(CodeWriter writer, EmitContext context)
    {
        var addressBits = context.Map.AddressBits;
        writer.Line();
        writer.Line("int bits = options.PhysAddrBits;");
        PlannerEmitter.Fail(writer, $"bits < 1 || bits > {addressBits}", "InvalidPhysAddrBits", "unchecked((ulong)(long)bits)", $"{addressBits}UL");
        writer.Line("ulong limit = bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1; // last usable address");
        if (context.VersionType is not null)
        {
            writer.Lines("""
                var version = options.Version ?? LatestVersion;
                int versionOrdinal = VersionOrdinal(version);
                """);
            PlannerEmitter.Fail(writer, "versionOrdinal < 0", "UnknownVersion", "unchecked((ulong)version)");
        }

        writer.Lines("""
            ulong ramSize = options.RamSize;
            ulong maxRam = options.MaxRamSize == 0 ? ramSize : options.MaxRamSize;
            """);
        PlannerEmitter.Fail(writer, "maxRam < ramSize", "MaxRamBelowRam", "maxRam", "ramSize");
    }

    /// <summary>Each bank but the last takes RAM up to its limit (the plan's, capped for large guests); the last the rest.</summary>
    private static void EmitSplit(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Line("// The split: each bank but the last takes RAM up to its limit, the last one takes the rest.");
        writer.Line("ulong rest = ramSize;");
        foreach (var bank in context.Map.Banks)
        {
            var index = context.SplitIndex[bank.Ordinal];
            var names = context.Names[bank.Ordinal];
            var name = context.Map.Regions[bank.Ordinal].Name;
            if (bank == context.LastBank)
            {
                writer.Line($"ulong size{index} = rest; // {name}");
                continue;
            }

            var bankLimit = $"limit{index}";
            writer.Line($"ulong {bankLimit} = options.{names.Limit} ?? {Literals.UInt64(bank.Limit)}; // {name}");
            if (LargestLimit(context, bank) is { } largest)
            {
                var most = Literals.UInt64(largest);
                PlannerEmitter.Fail(writer, $"{bankLimit} > {most}", "LimitTooLarge", bankLimit, most, "0", Literals.String(name));
            }

            if (bank.LargeRamLimit != 0)
            {
                var from = bank.LargeRamFrom != 0 ? Literals.UInt64(bank.LargeRamFrom) : bankLimit;
                var cap = Literals.UInt64(bank.LargeRamLimit);

                // Without a plan option (LargeRamLimitOptional = false) the cap applies unconditionally.
                var switchedOn = names.LargeRamLimit.Length != 0 ? $"(options.{names.LargeRamLimit} ?? true) && " : string.Empty;
                writer.Lines($"""
                    if ({switchedOn}ramSize >= {from} && {bankLimit} > {cap})
                        {bankLimit} = {cap};
                    """);
            }

            writer.Lines($"""
                ulong size{index} = rest < {bankLimit} ? rest : {bankLimit};
                rest -= size{index};
                """);
        }
    }

    /// <summary>
    /// The largest limit a plan may give a bank: its <c>MaxLimit</c>, and never so much that it runs into the next bank
    /// (banks are filled in declaration order); null when nothing bounds it.
    /// </summary>
    private static ulong? LargestLimit(EmitContext context, BankSpec bank)
    {
        ulong? largest = bank.MaxLimit != 0 ? bank.MaxLimit : null;
        var banks = context.Map.Banks;
        for (var i = 0; i + 1 < banks.Count; i++)
        {
            if (banks[i] == bank && banks[i + 1].Base > bank.Base)
            {
                var room = banks[i + 1].Base - bank.Base;
                largest = largest is { } most && most <= room ? most : room;
            }
        }

        return largest;
    }

    /// <summary>A bank that reaches the region its gap ends at closes the gap: the plan fails.</summary>
    private static void EmitGaps(CodeWriter writer, EmitContext context)
    {
        foreach (var gap in context.Map.Gaps)
        {
            if (gap.After < 0 || gap.Before < 0)
            {
                continue;
            }

            var bank = FindBank(context, gap.After);
            var index = context.SplitIndex[gap.After];
            var regionBase = context.Map.Regions[gap.Before].Base;
            var room = regionBase > bank.Base ? regionBase - bank.Base : 0;
            var end = bank.Base == 0 ? $"size{index}" : $"unchecked({Literals.UInt64(bank.Base)} + size{index})";
            var name = Literals.String(context.Map.Regions[gap.After].Name);
            writer.Line();
            writer.Line($"// {context.Map.Regions[gap.Ordinal].Name}: {context.Map.Regions[gap.After].Name} must end below {context.Map.Regions[gap.Before].Name}.");
            PlannerEmitter.Fail(writer, $"size{index} >= {Literals.UInt64(room)}", "GapClosed", end, Literals.UInt64(regionBase), "0", name);
        }
    }

    private static void EmitPlacement(CodeWriter writer, EmitContext context)
    {
        var map = context.Map;
        writer.Line();
        writer.Line("// Reserved windows: active when the plan asks to avoid them and they are enforced for the version.");
        for (var index = 0; index < map.Reserved.Count; index++)
        {
            var region = map.Regions[map.Reserved[index]];
            var names = context.Names[region.Ordinal];
            writer.Line($"bool active{index} = options.{names.Avoid} && (options.{names.Enforce} ?? {FromVersion(context, region.Since)});");
        }

        var last = context.LastBank!;
        var slotSize = last.SlotSize;
        writer.Lines($"""

            // Placement: the last bank at its base, device memory (when there is hot-plug memory) and each window after it.
            bool guest64 = options.Guest64Bit ?? true;
            bool checkGuest32 = options.CheckGuest32Bit ?? {FromVersion(context, map.CheckGuest32BitSince)};
            bool hotplug = maxRam > ramSize;
            ulong deviceMemorySize = hotplug ? maxRam - ramSize : 0;
            """);
        if (slotSize != 0)
        {
            var slot = Literals.UInt64(slotSize);
            writer.Lines($"""
                bool slotsPast = hotplug && options.RamSlots > (ulong.MaxValue - deviceMemorySize) / {slot};
                if (hotplug)
                    deviceMemorySize = unchecked(deviceMemorySize + options.RamSlots * {slot});
                """);
        }
        else
        {
            writer.Line("bool slotsPast = false;");
        }

        foreach (var bank in map.Banks)
        {
            var index = context.SplitIndex[bank.Ordinal];
            writer.Line($"layout.{ReservedNames.BankBase(index)} = {Literals.UInt64(bank.Base)};");
            writer.Line($"layout.{ReservedNames.BankSize(index)} = size{index};");
        }

        foreach (var window in map.Windows)
        {
            var index = context.SplitIndex[window.Ordinal];
            var option = context.Names[window.Ordinal].WindowSize;
            writer.Line($"layout.{ReservedNames.WindowSize(index)} = options.{option} ?? {Literals.UInt64(window.Size)};");
        }

        writer.Lines($"""
            // A placement past 2^64 is reported after the hot-plug checks, as QEMU reports a wrapped one.
            bool past = !layout.Place({PlaceArguments}) || slotsPast;
            """);
    }

    private const string PlaceArguments = "hotplug, deviceMemorySize, guest64, checkGuest32, limit";

    /// <summary>A bank moves past its active reserved window when the plan reaches the window's base; placement is redone.</summary>
    private static void EmitRelocation(CodeWriter writer, EmitContext context)
    {
        var relocating = new List<(int Index, ulong WindowEnd)>();
        var wraps = new List<string>();
        foreach (var bank in context.Map.Banks)
        {
            if (bank.RelocatePast < 0)
            {
                continue;
            }

            var index = context.SplitIndex[bank.Ordinal];
            var reserved = context.Map.Regions[bank.RelocatePast];
            var active = $"active{context.SplitIndex[bank.RelocatePast]}";
            var windowEnd = unchecked(reserved.Base + reserved.Size);
            if (reserved.Size > ulong.MaxValue - reserved.Base)
            {
                wraps.Add($"relocate{index}"); // the window ends at 2^64: nothing fits past it
            }

            writer.Line();
            writer.Line($"// {context.Map.Regions[bank.Ordinal].Name} moves past {reserved.Name} when that is active and the plan reaches it.");
            writer.Lines($"""
                bool relocate{index} = {active} && (past || layout._lastUsedGpa >= {Literals.UInt64(reserved.Base)});
                layout.{ReservedNames.BankRelocated(index)} = relocate{index};
                """);
            relocating.Add((index, windowEnd));
        }

        if (relocating.Count == 0)
        {
            return;
        }

        var any = string.Join(" || ", relocating.ConvertAll(bank => $"relocate{bank.Index}"));
        var wrapped = wraps.Count > 0 ? $" || {string.Join(" || ", wraps)}" : string.Empty;
        using (writer.Block($"if ({any})"))
        {
            foreach (var (index, windowEnd) in relocating)
            {
                var assignment = $"layout.{ReservedNames.BankBase(index)} = {Literals.UInt64(windowEnd)};";
                writer.Line(relocating.Count == 1 ? assignment : $"if (relocate{index}) {assignment}");
            }

            writer.Line($"past = !layout.Place({PlaceArguments}) || slotsPast{wrapped};");
        }

        EmitRelocatedGaps(writer, context, relocating);
    }

    /// <summary>
    /// A gap's bank that moved past its window may now reach the region the gap ends at (or lie beyond it): the gap is
    /// closed, as before the move.
    /// </summary>
    private static void EmitRelocatedGaps(CodeWriter writer, EmitContext context, List<(int Index, ulong WindowEnd)> relocating)
    {
        foreach (var gap in context.Map.Gaps)
        {
            if (gap.After < 0 || gap.Before < 0 || !relocating.Exists(bank => bank.Index == context.SplitIndex[gap.After]))
            {
                continue;
            }

            var index = context.SplitIndex[gap.After];
            var windowEnd = relocating.Find(bank => bank.Index == index).WindowEnd;
            var regionBase = context.Map.Regions[gap.Before].Base;
            var closed = windowEnd >= regionBase
                ? $"relocate{index}"
                : $"relocate{index} && size{index} >= {Literals.UInt64(regionBase - windowEnd)}";
            var end = $"unchecked(layout.{ReservedNames.BankBase(index)} + size{index})";
            var name = Literals.String(context.Map.Regions[gap.After].Name);
            writer.Line($"// {context.Map.Regions[gap.Ordinal].Name}: {context.Map.Regions[gap.After].Name} moved; it must still end below {context.Map.Regions[gap.Before].Name}.");
            PlannerEmitter.Fail(writer, closed, "GapClosed", end, Literals.UInt64(regionBase), "0", name);
        }
    }

    /// <summary>The bound check, then the hot-plug checks, in QEMU's order (pc_memory_init).</summary>
    private static void EmitChecks(CodeWriter writer, EmitContext context)
    {
        var last = context.LastBank!;
        writer.Line();
        writer.Line("// The highest used address must fit the width; a placement past 2^64 is reported below instead.");
        PlannerEmitter.Fail(writer, "!past && layout._lastUsedGpa > limit", "AddressPastWidth", "layout._lastUsedGpa", "limit", "bits");
        if (last.MaxSlots != 0)
        {
            var most = $"{last.MaxSlots}UL";
            PlannerEmitter.Fail(writer, $"hotplug && options.RamSlots > {most}", "TooManySlots", "options.RamSlots", most);
        }

        if (last.MaxRamAlignment > 1)
        {
            var alignment = Literals.UInt64(last.MaxRamAlignment);
            PlannerEmitter.Fail(writer, $"hotplug && maxRam % {alignment} != 0", "MaxRamNotAligned", "maxRam", alignment);
        }

        PlannerEmitter.Fail(writer, "past", "MemoryOverflow");
    }

    private static void EmitResult(CodeWriter writer, EmitContext context)
    {
        var map = context.Map;
        writer.Line();
        for (var index = 0; index < map.Reserved.Count; index++)
        {
            var region = map.Regions[map.Reserved[index]];
            writer.Lines($"""
                layout.{ReservedNames.ReservedActive(index)} = active{index};
                layout.{ReservedNames.ReservedListed(index)} = active{index} && {Literals.UInt64(region.Base)} <= limit; // below the width: in the e820 table
                """);
        }

        foreach (var window in map.Windows)
        {
            var index = context.SplitIndex[window.Ordinal];
            var option = context.Names[window.Ordinal].Advertise;
            writer.Line($"layout.{ReservedNames.WindowAdvertised(index)} = options.{option} ?? {FromVersion(context, window.AdvertisedSince)};");
        }

        writer.Line("layout._physAddrBits = bits;");
        if (context.VersionType is not null)
        {
            writer.Line("layout._version = version;");
        }

        writer.Lines("""
            error = default;
            return true;
            """);
    }

    /// <summary>
    /// The placement after the last bank, a method because relocation redoes it: device memory, reserved memory's end,
    /// the windows and the highest used address.
    /// </summary>
    private static void EmitPlace(CodeWriter writer, EmitContext context)
    {
        var last = context.LastBank!;
        var index = context.SplitIndex[last.Ordinal];
        var mask = Literals.UInt64(last.DeviceMemoryAlignment > 1 ? last.DeviceMemoryAlignment - 1 : 0);
        writer.Line();
        writer.Summary("""
            Places device memory and each window after the last bank and finds the highest used address; false when a
            placement passes 2^64 (the fields are then not a layout).
            """);
        using (writer.Block("private bool Place(bool hotplug, ulong deviceMemorySize, bool guest64, bool checkGuest32, ulong limit)"))
        {
            var (bankBase, bankSize) = (ReservedNames.BankBase(index), ReservedNames.BankSize(index));
            writer.Lines($$"""
                bool fits = {{bankSize}} <= ulong.MaxValue - {{bankBase}};
                ulong end = unchecked({{bankBase}} + {{bankSize}}); // the end of the last bank
                _deviceMemoryBase = _deviceMemorySize = _reservedMemoryEnd = 0;
                if (hotplug)
                {
                    fits &= end <= ulong.MaxValue - {{mask}};
                    _deviceMemoryBase = unchecked(end + {{mask}}) & ~{{mask}};
                    fits &= deviceMemorySize <= ulong.MaxValue - _deviceMemoryBase;
                    _deviceMemorySize = deviceMemorySize;
                    end = unchecked(_deviceMemoryBase + deviceMemorySize);
                    fits &= end <= ulong.MaxValue - {{mask}};
                    _reservedMemoryEnd = unchecked(end + {{mask}}) & ~{{mask}};
                }

                // Guests without 64-bit addressing: the end of memory, or the whole width where they are not checked.
                // (No memory at all, ending at 0, is no address in use: 0, never a wrapped 2^64 - 1.)
                _lastUsedGpa = guest64 || checkGuest32 ? (end == 0 ? 0 : end - 1) : limit;
                """);
            foreach (var window in context.Map.Windows)
            {
                var w = context.SplitIndex[window.Ordinal];
                var (windowBase, size) = (ReservedNames.WindowBase(w), ReservedNames.WindowSize(w));
                var windowMask = Literals.UInt64(window.Alignment > 1 ? window.Alignment - 1 : 0);
                var counts = window.Requires64BitGuest ? $"guest64 && last{w}" : $"last{w}";
                writer.Lines($"""

                    // {context.Map.Regions[window.Ordinal].Name}: after what precedes it, rounded up; it ends at 2^64 at most.
                    fits &= end <= ulong.MaxValue - {windowMask};
                    {windowBase} = unchecked(end + {windowMask}) & ~{windowMask};
                    fits &= {size} == 0 || {size} - 1 <= ulong.MaxValue - {windowBase};
                    ulong last{w} = unchecked({windowBase} + {size} - 1);
                    if ({counts} > _lastUsedGpa)
                        _lastUsedGpa = last{w};
                    end = unchecked({windowBase} + {size});
                    """);
            }

            writer.Line();
            writer.Line("return fits;");
        }
    }

    /// <summary><c>versionOrdinal &gt;= n</c>, or <c>true</c> when there is no such version.</summary>
    private static string FromVersion(EmitContext context, int version) =>
        version >= 0 && context.VersionType is not null ? $"versionOrdinal >= {version}" : "true";

    private static BankSpec FindBank(EmitContext context, int ordinal)
    {
        foreach (var bank in context.Map.Banks)
        {
            if (bank.Ordinal == ordinal)
            {
                return bank;
            }
        }

        throw new System.InvalidOperationException("a gap's bank is always a bank");
    }
}
