using System.Collections.Generic;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// Branch and bound over one plan class: boxes of (RAM size, device memory size, window sizes), split in halves,
/// lower half first, RAM size before the others. A box is dropped when the plan at its corners proves that no point
/// inside can satisfy the goal or succeed (docs/plan-proof.md); otherwise its lowest valid point is tried, so the first
/// point found is the smallest in that order. Every box shrinks to single points, so the search is exhaustive; a
/// budget of boxes bounds its time, and running out is reported, never taken for a proof.
/// </summary>
internal sealed class BankedSearch
{
    private readonly BankedFacts _facts;
    private readonly BankedModel _low;
    private readonly BankedModel _high;
    private readonly BankedModel _at;
    private readonly HotplugInputs _hotplug;
    private readonly ulong[] _windows;
    private readonly List<int> _free = new();
    private BankedConfig _config;
    private PlanGoal _goal = null!;

    public BankedSearch(BankedFacts facts, int budget)
    {
        _facts = facts;
        _low = new BankedModel(facts);
        _high = new BankedModel(facts);
        _at = new BankedModel(facts);
        _hotplug = new HotplugInputs(facts);
        _windows = new ulong[facts.Windows.Length];
        Budget = budget;
    }

    /// <summary>Boxes examined so far, over every search.</summary>
    public int Boxes { get; private set; }

    public int Budget { get; }

    /// <summary>True once the budget ran out: a search that found nothing then proved nothing.</summary>
    public bool Exhausted => Boxes > Budget;

    public BankedModel Low => _low;

    public BankedModel High => _high;

    /// <summary>The smallest point of the class with RAM size at most <paramref name="maxRam"/> where the goal holds, or null.</summary>
    public BankedPoint? Find(in BankedConfig config, PlanGoal goal, ulong maxRam)
    {
        _config = config;
        _goal = goal;
        FreeWindows(config);
        var dimensions = 2 + _free.Count;
        var low = new ulong[dimensions];
        var high = new ulong[dimensions];
        for (var d = 2; d < dimensions; d++)
        {
            high[d] = ulong.MaxValue;
        }

        (low[1], high[1]) = config.Hotplug ? (1UL, ulong.MaxValue) : (0UL, 0UL);
        foreach (var (from, to) in RamPieces(config, maxRam))
        {
            (low[0], high[0]) = (from, to);
            if (Search(low, high) is { } found)
            {
                return found;
            }

            if (Exhausted)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Evaluates the class at the corners of its whole first RAM piece (for a quick look at where parts can be).
    /// </summary>
    public void EvaluateCorners(in BankedConfig config, ulong from, ulong to)
    {
        _config = config;
        FreeWindows(config);
        var low = new ulong[2 + _free.Count];
        var high = new ulong[2 + _free.Count];
        for (var d = 2; d < high.Length; d++)
        {
            high[d] = ulong.MaxValue;
        }

        (low[0], high[0]) = (from, to);
        (low[1], high[1]) = config.Hotplug ? (1UL, ulong.MaxValue) : (0UL, 0UL);
        Evaluate(_low, low);
        Evaluate(_high, high);
    }

    /// <summary>
    /// The windows whose size the class chooses: those that count for the guest. The others only ever make a plan
    /// pass 2^64, so the class gives them size 0.
    /// </summary>
    private void FreeWindows(in BankedConfig config)
    {
        _free.Clear();
        for (var j = 0; config.WindowsFree && j < _facts.Windows.Length; j++)
        {
            _windows[j] = 0;
            if (config.Guest64 || !_facts.Windows[j].Requires64BitGuest)
            {
                _free.Add(j);
            }
        }
    }

    /// <summary>
    /// The RAM sizes where the large-RAM caps of the class do not change: a bank's share drops when RAM reaches its
    /// <c>LargeRamFrom</c>, so addresses only grow with RAM inside each piece.
    /// </summary>
    public List<(ulong From, ulong To)> RamPieces(in BankedConfig config, ulong maxRam)
    {
        var cuts = new SortedSet<ulong>();
        var banks = _facts.Banks;
        for (var i = 0; i + 1 < banks.Length; i++)
        {
            var bank = banks[i];
            if (bank.LargeRamLimit == 0 || BankedConfig.Has(config.CapOff, i))
            {
                continue;
            }

            var limit = BankedConfig.Has(config.LimitMax, i) && bank.LargestLimit is { } largest ? largest : bank.Limit;
            var from = bank.LargeRamFrom != 0 ? bank.LargeRamFrom : limit;
            if (from != 0 && from <= maxRam)
            {
                cuts.Add(from);
            }
        }

        var pieces = new List<(ulong, ulong)>();
        ulong start = 0;
        foreach (var cut in cuts)
        {
            pieces.Add((start, cut - 1));
            start = cut;
        }

        pieces.Add((start, maxRam));
        return pieces;
    }

    private BankedPoint? Search(ulong[] low, ulong[] high)
    {
        if (++Boxes > Budget)
        {
            return null;
        }

        // With one RAM size left, device memory sizes no slot count gives are not plans.
        if (_config.Hotplug && low[0] == high[0] && (_hotplug.Congruent(low[0], low[1]) is not { } size || size > high[1]))
        {
            return null;
        }

        Evaluate(_low, low);
        Evaluate(_high, high);
        if (!_low.DownOk || !_high.UpOk || !_goal.Possible(_low, _high))
        {
            return null;
        }

        if (TryLowest(low, high) is { } found)
        {
            return found;
        }

        var d = 0;
        while (d < low.Length && low[d] == high[d])
        {
            d++;
        }

        if (d == low.Length)
        {
            return null;
        }

        var mid = low[d] + ((high[d] - low[d]) / 2);
        var savedHigh = high[d];
        high[d] = mid;
        found = Search(low, high);
        high[d] = savedHigh;
        if (found is not null || Exhausted)
        {
            return found;
        }

        var savedLow = low[d];
        low[d] = mid + 1;
        found = Search(low, high);
        low[d] = savedLow;
        return found;
    }

    /// <summary>The box's lowest point the planner accepts as input (device memory a slot count can give), if the goal holds there.</summary>
    private BankedPoint? TryLowest(ulong[] low, ulong[] high)
    {
        var ram = low[0];
        var deviceSize = low[1];
        ulong slots = 0;
        if (_config.Hotplug)
        {
            if (_hotplug.Smallest(ram, deviceSize) is not { } size || size > high[1] || _hotplug.Slots(ram, size) is not { } count)
            {
                return null;
            }

            (deviceSize, slots) = (size, count);
        }

        var windows = WindowSizes(low);
        _at.Evaluate(_config, ram, deviceSize, windows);
        if (!_at.DownOk || !_at.UpOk)
        {
            return null;
        }

        var bits = PastWidthGoal.Bits(_at.Highest);
        if (!_goal.Holds(_at, bits))
        {
            return null;
        }

        var maxRam = _config.Hotplug ? _hotplug.MaxRam(ram, deviceSize, slots) : 0;
        return new BankedPoint(_config, ram, deviceSize, slots, maxRam, windows is null ? null : (ulong[])windows.Clone(), bits);
    }

    private void Evaluate(BankedModel model, ulong[] point) => model.Evaluate(_config, point[0], point[1], WindowSizes(point));

    private ulong[]? WindowSizes(ulong[] point)
    {
        if (!_config.WindowsFree)
        {
            return null;
        }

        for (var f = 0; f < _free.Count; f++)
        {
            _windows[_free[f]] = point[2 + f];
        }

        return _windows;
    }
}
