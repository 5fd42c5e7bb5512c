using System.Collections.Generic;
using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Parsing;

/// <summary>
/// Collects the declarations of a map that splits RAM around holes (banks, reserved windows, gaps, windows) while
/// <see cref="MapParser"/> reads the members, and checks their references once every member's kind is known.
/// </summary>
internal sealed class SplitReader
{
    public List<BankSpec> Banks { get; } = new();

    public List<GapSpec> Gaps { get; } = new();

    public List<WindowSpec> Windows { get; } = new();

    /// <summary>Ordinals of the reserved windows.</summary>
    public List<int> Reserved { get; } = new();

    public void AddBank(int ordinal, ulong @base, BankArguments arguments) => Banks.Add(new BankSpec
    {
        Ordinal = ordinal,
        Base = @base,
        Limit = arguments.Limit,
        MaxLimit = arguments.MaxLimit,
        LargeRamFrom = arguments.LargeRamFrom,
        LargeRamLimit = arguments.LargeRamLimit,
        LargeRamLimitOptional = arguments.LargeRamLimitOptional,
        RelocatePast = arguments.RelocatePast,
        DeviceMemoryAlignment = arguments.DeviceMemoryAlignment,
        SlotSize = arguments.SlotSize,
        MaxSlots = (uint)System.Math.Min(arguments.MaxSlots, uint.MaxValue),
        MaxRamAlignment = arguments.MaxRamAlignment,
    });

    public void AddGap(int ordinal, int after, int before, List<DeclarationIssue> issues)
    {
        // Both ends are required; a half-typed gap is recorded, unresolved, so the member still has its accessor.
        // An end that was given but names nothing usable already has its issue: one problem, one issue.
        if (after < 0 && !HasIssue(issues, ordinal, KnownNames.After))
        {
            issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, KnownNames.After));
        }

        if (before < 0 && !HasIssue(issues, ordinal, KnownNames.Before))
        {
            issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, KnownNames.Before));
        }

        Gaps.Add(new GapSpec { Ordinal = ordinal, After = after, Before = before });
    }

    private static bool HasIssue(List<DeclarationIssue> issues, int ordinal, string argument) =>
        issues.Exists(issue => issue.Ordinal == ordinal && issue.Argument == argument);

    public void AddWindow(int ordinal, ulong size, ulong alignment, WindowArguments arguments) => Windows.Add(new WindowSpec
    {
        Ordinal = ordinal,
        Size = size,
        Alignment = alignment,
        AdvertisedSince = arguments.AdvertisedSince,
        Requires64BitGuest = arguments.Requires64BitGuest,
    });

    /// <summary>
    /// Drops references to members of the wrong kind (with an issue), so the emitters only see a gap after a bank and
    /// before a fixed region, and relocation past a reserved window; flags a map that mixes <c>[Ram]</c> with banks.
    /// </summary>
    public void Check(RegionSpec[] regions, RamSpec? ram, List<DeclarationIssue> issues)
    {
        if (ram is not null && Banks.Count > 0)
        {
            issues.Add(new DeclarationIssue(IssueKind.MixedRamKinds, Banks[0].Ordinal, null, ram.Ordinal));
        }

        for (var i = 0; i < Banks.Count; i++)
        {
            var bank = Banks[i];
            if (bank.RelocatePast >= 0 && regions[bank.RelocatePast].Kind != RegionKind.Reserved)
            {
                issues.Add(new DeclarationIssue(IssueKind.ReferenceWrongKind, bank.Ordinal, KnownNames.RelocatePast, bank.RelocatePast));
                Banks[i] = bank with { RelocatePast = -1 };
            }

            if (i < Banks.Count - 1 && bank.Limit == 0)
            {
                issues.Add(new DeclarationIssue(IssueKind.BankWithoutLimit, bank.Ordinal, KnownNames.Limit));
            }
        }

        for (var i = 0; i < Gaps.Count; i++)
        {
            var gap = Gaps[i];
            if (gap.After >= 0 && regions[gap.After].Kind != RegionKind.RamBank)
            {
                issues.Add(new DeclarationIssue(IssueKind.ReferenceWrongKind, gap.Ordinal, KnownNames.After, gap.After));
                gap = gap with { After = -1 };
            }

            if (gap.Before >= 0 && regions[gap.Before].Kind != RegionKind.Fixed)
            {
                issues.Add(new DeclarationIssue(IssueKind.ReferenceWrongKind, gap.Ordinal, KnownNames.Before, gap.Before));
                gap = gap with { Before = -1 };
            }

            Gaps[i] = gap;
        }
    }

    /// <summary>The named arguments of a <c>[RamBank]</c> as read.</summary>
    internal struct BankArguments
    {
        public BankArguments()
        {
        }

        public ulong Limit;
        public ulong MaxLimit;
        public ulong LargeRamFrom;
        public ulong LargeRamLimit;
        public bool LargeRamLimitOptional = true;
        public int RelocatePast = -1;
        public ulong DeviceMemoryAlignment;
        public ulong SlotSize;
        public ulong MaxSlots;
        public ulong MaxRamAlignment;
    }

    /// <summary>The named arguments of a <c>[Window]</c> as read.</summary>
    internal struct WindowArguments
    {
        public WindowArguments()
        {
        }

        public int AdvertisedSince = -1;
        public bool Requires64BitGuest = true;
    }
}
