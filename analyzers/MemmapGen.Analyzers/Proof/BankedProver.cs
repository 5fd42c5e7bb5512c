using System.Collections.Generic;
using System.Threading;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// Decides, for every plan class of a banked map, whether some plan input makes a planned part (a bank, device memory,
/// a window as planned or advertised, a gap) overlap a fixed region, an active reserved window or another part, or end
/// past the width it was planned for; each finding keeps the smallest input that shows it.
/// </summary>
internal sealed class BankedProver
{
    /// <summary>Boxes one map may cost; the samples need a few thousand.</summary>
    public const int Budget = 250_000;

    private readonly BankedFacts _facts;
    private readonly BankedSearch _search;
    private readonly Dictionary<(BankedFindingKind, int, int), BankedFinding> _best = new();
    private readonly bool[] _present;
    private readonly ulong[] _base;
    private readonly ulong[] _last;

    /// <summary>The reserved windows as targets, built once: a class adds the active ones to the fixed regions.</summary>
    private readonly ProofTarget[] _reserved;

    public BankedProver(BankedFacts facts)
    {
        _facts = facts;
        _search = new BankedSearch(facts, Budget);
        Parts = new PartLayout(facts);
        _present = new bool[Parts.Count];
        _base = new ulong[Parts.Count];
        _last = new ulong[Parts.Count];
        _reserved = System.Array.ConvertAll(facts.Reserved, window => new ProofTarget(window.Ordinal, window.Base, window.Last));
    }

    public PartLayout Parts { get; }

    public int Classes { get; private set; }

    public int Boxes => _search.Boxes;

    public bool Exhausted => _search.Exhausted;

    /// <summary>
    /// Runs every class. <paramref name="targets"/> are the fixed regions parts must avoid (reserved windows are added
    /// per class while active); <paramref name="skip"/> holds the pairs of bank ordinals another rule already reports.
    /// </summary>
    public List<BankedFinding>? Run(IReadOnlyList<ProofTarget> targets, HashSet<(int, int)> skip, CancellationToken cancellationToken)
    {
        if (BankedConfigs.All(_facts) is not { } configs)
        {
            return null;
        }

        Classes = configs.Count;
        foreach (var config in configs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (BankedConfigs.HighestAllowed(_facts, config) is not { } allowed)
            {
                continue;
            }

            RunClass(config, allowed, targets, skip);
            if (_search.Exhausted)
            {
                return null;
            }
        }

        return new List<BankedFinding>(_best.Values);
    }

    private void RunClass(in BankedConfig config, ulong allowed, IReadOnlyList<ProofTarget> targets, HashSet<(int, int)> skip)
    {
        var parts = Parts;
        if (!Hulls(config))
        {
            return; // no plan of the class succeeds
        }

        for (var part = 0; part < parts.Count; part++)
        {
            if (!_present[part])
            {
                continue;
            }

            var (kind, index) = parts.Describe(part);
            var dominated = IsDominated(config, kind, index);
            var reach = Reach(config, kind, index, allowed);

            // Gaps are holes where devices live: they are checked against other parts, not against devices.
            if (kind != PartKind.Gap)
            {
                foreach (var target in targets)
                {
                    TryTarget(config, part, reach, target);
                }

                for (var k = 0; k < _reserved.Length; k++)
                {
                    if (BankedConfig.Has(config.Active, k))
                    {
                        TryTarget(config, part, reach, _reserved[k]);
                    }
                }
            }

            for (var other = part + 1; other < parts.Count; other++)
            {
                if (_present[other] && _base[other] <= _last[part] && _base[part] <= _last[other] && _base[other] <= reach
                    && !Related(part, other, skip))
                {
                    Try(config, new OverlapGoal(part, other), (BankedFindingKind.Parts, part, other));
                }
            }

            // A gap ends at a declared region, which is no more in the plan's width than the other fixed regions.
            if (!dominated && kind is PartKind.Bank)
            {
                Try(config, new PastWidthGoal(part), (BankedFindingKind.PastWidth, part, -1));
            }
        }
    }

    /// <summary>
    /// Where each part can be in the class: from its base at the lowest corner to its end at the highest, over the RAM
    /// pieces where some plan succeeds. False when none does.
    /// </summary>
    private bool Hulls(in BankedConfig config)
    {
        var any = false;
        for (var part = 0; part < Parts.Count; part++)
        {
            (_present[part], _base[part], _last[part]) = (false, ulong.MaxValue, 0);
        }

        foreach (var (from, to) in _search.RamPieces(config, ulong.MaxValue))
        {
            _search.EvaluateCorners(config, from, to);
            var (low, high) = (_search.Low, _search.High);
            if (!low.DownOk || !high.UpOk)
            {
                continue;
            }

            any = true;
            for (var part = 0; part < Parts.Count; part++)
            {
                if (low.Present[part] || high.Present[part])
                {
                    _present[part] = true;
                    _base[part] = low.Base[part] < _base[part] ? low.Base[part] : _base[part];
                    _last[part] = high.Last[part] > _last[part] ? high.Last[part] : _last[part];
                }
            }
        }

        return any;
    }

    /// <summary>Searches whether the part can overlap a target, unless the class keeps the part out of its reach.</summary>
    private void TryTarget(in BankedConfig config, int part, ulong reach, ProofTarget target)
    {
        if (target.Base <= _last[part] && target.Last >= _base[part] && target.Base <= reach)
        {
            Try(config, new OverlapGoal(part, target.Base, target.Last), (BankedFindingKind.Target, target.Ordinal, part));
        }
    }

    private void Try(in BankedConfig config, PlanGoal goal, (BankedFindingKind Kind, int A, int B) key)
    {
        if (_search.Exhausted)
        {
            return;
        }

        _best.TryGetValue(key, out var best);
        var maxRam = best?.Point.Ram ?? ulong.MaxValue;
        var point = _search.Find(config, goal, maxRam);
        if (point is not null && (best is null || point.IsSmallerThan(best.Point)))
        {
            var other = key.Kind switch
            {
                BankedFindingKind.Target => key.A,
                BankedFindingKind.Parts => key.B,
                _ => -1,
            };
            _best[key] = new BankedFinding(key.Kind, goal.Part, other, point);
        }
    }

    /// <summary>
    /// The highest address a part can reach in a plan of the class: a part bounded by the highest used address reaches
    /// at most what the class allows, a window's advertised range at most that rounded up to its alignment.
    /// </summary>
    private ulong Reach(in BankedConfig config, PartKind kind, int index, ulong allowed)
    {
        if (IsDominated(config, kind, index))
        {
            return allowed;
        }

        if (kind == PartKind.Advertised && IsDominated(config, PartKind.Window, index))
        {
            var ignore = false;
            var end = Saturating.AlignUp(Saturating.Add(allowed, 1, ref ignore), _facts.Windows[index].Alignment, ref ignore);
            return end == 0 ? allowed : end - 1;
        }

        return ulong.MaxValue;
    }

    /// <summary>
    /// Parts bounded by the plan's highest used address (the last bank, device memory, windows that count for the
    /// guest): they end at or below it, so they never pass the width and never reach above what the class allows.
    /// </summary>
    private bool IsDominated(in BankedConfig config, PartKind kind, int index) => kind switch
    {
        PartKind.Bank => index == _facts.Banks.Length - 1,
        PartKind.DeviceMemory => true,
        PartKind.Window => config.Guest64 || !_facts.Windows[index].Requires64BitGuest,
        _ => false,
    };

    /// <summary>
    /// Pairs disjoint or adjacent by construction, or that another rule reports. The last bank, device memory and the
    /// windows form a chain: each starts at or after the end of the one before (rounded up), so no two of them
    /// overlap. A window's advertised range ends at its end rounded up to its alignment, which the next window's base
    /// reaches when that window's alignment is at least as large. A gap starts where its bank ends, and the gap after
    /// the last bank is where device memory and the windows are placed.
    /// </summary>
    private bool Related(int part, int other, HashSet<(int, int)> skip)
    {
        var (kind, index) = Parts.Describe(part);
        var (otherKind, otherIndex) = Parts.Describe(other);
        if (kind == PartKind.Bank && otherKind == PartKind.Bank)
        {
            var (a, b) = (_facts.Banks[index].Ordinal, _facts.Banks[otherIndex].Ordinal);
            return skip.Contains((a, b)) || skip.Contains((b, a));
        }

        var last = _facts.Banks.Length - 1;
        var chain = (kind == PartKind.Bank && index == last) || kind is PartKind.DeviceMemory or PartKind.Window;
        var otherChain = otherKind is PartKind.DeviceMemory or PartKind.Window;
        if (chain && (otherChain || (otherKind == PartKind.Advertised && (kind != PartKind.Window || index <= otherIndex))))
        {
            return true; // the advertised range of a window starts at its base, after everything before it
        }

        if (kind == PartKind.Advertised && (otherKind is PartKind.Window or PartKind.Advertised) && otherIndex > index)
        {
            return Alignment(index + 1) >= Alignment(index);
        }

        if (kind == PartKind.Window && otherKind == PartKind.Advertised && otherIndex < index)
        {
            return Alignment(otherIndex + 1) >= Alignment(otherIndex);
        }

        // A gap after the last bank is where device memory and the windows go.
        var gapAfterLast = otherKind == PartKind.Gap && _facts.Gaps[otherIndex].Bank == last;
        return (kind == PartKind.Bank && otherKind == PartKind.Gap && _facts.Gaps[otherIndex].Bank == index)
            || (gapAfterLast && kind is PartKind.DeviceMemory or PartKind.Window or PartKind.Advertised);
    }

    private ulong Alignment(int window) => _facts.Windows[window].Alignment > 1 ? _facts.Windows[window].Alignment : 1;
}
