namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// The generated banked planner (Emitting/SplitPlannerEmitter) evaluated for one plan class at one point: the RAM
/// size, the device memory size (hot-plug classes) and the window sizes (classes that choose them). Within a class
/// every address of the plan grows with every coordinate; sums stop at 2^64 - 1, so results stay monotone bounds.
/// The model also checks the class's relocation assumption against the plan's own trigger: a point where they differ
/// is not in the class (<see cref="UpOk"/> for an assumed move the plan would not make, <see cref="DownOk"/> for the
/// reverse).
/// </summary>
internal sealed class BankedModel
{
    private readonly BankedFacts _facts;
    private readonly ulong[] _sizes;
    private readonly ulong[] _bases;

    public BankedModel(BankedFacts facts)
    {
        _facts = facts;
        _sizes = new ulong[facts.Banks.Length];
        _bases = new ulong[facts.Banks.Length];
        Parts = new PartLayout(facts);
        Base = new ulong[Parts.Count];
        Last = new ulong[Parts.Count];
        Present = new bool[Parts.Count];
    }

    public PartLayout Parts { get; }

    public ulong[] Base { get; }

    /// <summary>Inclusive last address of each part (meaningful when <see cref="Present"/>).</summary>
    public ulong[] Last { get; }

    public bool[] Present { get; }

    /// <summary>The plan's highest used address.</summary>
    public ulong Highest { get; private set; }

    /// <summary>False when the point fails a condition that, once failed, fails at every larger point too.</summary>
    public bool DownOk { get; private set; }

    /// <summary>False when an assumed relocation is not triggered (a condition only larger points can meet).</summary>
    public bool UpOk { get; private set; }

    public void Evaluate(in BankedConfig config, ulong ram, ulong deviceSize, ulong[]? windowSizes)
    {
        var facts = _facts;
        var banks = facts.Banks;
        var failed = Split(config, ram);
        for (var i = 0; i < banks.Length; i++)
        {
            _bases[i] = banks[i].Base;
        }

        failed |= GapClosed(relocatedOnly: false, config);
        var past = Place(config, deviceSize, windowSizes);
        var upOk = true;
        var anyMove = false;
        var highest = Highest;
        for (var i = 0; i < banks.Length; i++)
        {
            var window = banks[i].RelocatePast;
            if (window < 0)
            {
                continue;
            }

            var trigger = BankedConfig.Has(config.Active, window) && (past || highest >= facts.Reserved[window].Base);
            var assumed = BankedConfig.Has(config.Relocated, i);
            if (assumed && !trigger)
            {
                upOk = false;
            }
            else if (!assumed && trigger)
            {
                failed = true;
            }

            if (assumed)
            {
                anyMove = true;
                failed |= banks[i].RelocateWraps;
                _bases[i] = banks[i].RelocateTo;
            }
        }

        if (anyMove)
        {
            past = Place(config, deviceSize, windowSizes);
            failed |= GapClosed(relocatedOnly: true, config);
        }

        DownOk = !failed && !past && Highest <= facts.MaxAddress;
        UpOk = upOk;
    }

    /// <summary>Step 2: each bank but the last takes up to its limit; true when the class's limit is refused.</summary>
    private bool Split(in BankedConfig config, ulong ram)
    {
        var banks = _facts.Banks;
        var refused = false;
        var rest = ram;
        for (var i = 0; i + 1 < banks.Length; i++)
        {
            var bank = banks[i];
            var limit = BankedConfig.Has(config.LimitMax, i) && bank.LargestLimit is { } largest ? largest : bank.Limit;
            refused |= bank.LargestLimit is { } most && limit > most;
            var from = bank.LargeRamFrom != 0 ? bank.LargeRamFrom : limit;
            if (bank.LargeRamLimit != 0 && !BankedConfig.Has(config.CapOff, i) && ram >= from && limit > bank.LargeRamLimit)
            {
                limit = bank.LargeRamLimit;
            }

            _sizes[i] = rest < limit ? rest : limit;
            rest -= _sizes[i];
        }

        _sizes[banks.Length - 1] = rest;
        return refused;
    }

    /// <summary>Step 3 (and again after relocation): a bank that reaches its gap's region fails the plan.</summary>
    private bool GapClosed(bool relocatedOnly, in BankedConfig config)
    {
        var closed = false;
        foreach (var gap in _facts.Gaps)
        {
            var bank = _facts.Banks[gap.Bank];
            if (!relocatedOnly)
            {
                var room = gap.RegionBase > bank.Base ? gap.RegionBase - bank.Base : 0;
                closed |= _sizes[gap.Bank] >= room;
            }
            else if (BankedConfig.Has(config.Relocated, gap.Bank))
            {
                closed |= bank.RelocateTo >= gap.RegionBase || _sizes[gap.Bank] >= gap.RegionBase - bank.RelocateTo;
            }
        }

        return closed;
    }

    /// <summary>Step 4: device memory and the windows after the last bank, and every part's range; true when past 2^64.</summary>
    private bool Place(in BankedConfig config, ulong deviceSize, ulong[]? windowSizes)
    {
        var facts = _facts;
        var parts = Parts;
        var past = false;
        var last = facts.Banks.Length - 1;
        for (var i = 0; i < facts.Banks.Length; i++)
        {
            SetRange(parts.Bank(i), _bases[i], _sizes[i], ref past);
        }

        var end = Saturating.Add(_bases[last], _sizes[last], ref past);
        Present[parts.DeviceMemory] = false;
        if (config.Hotplug && deviceSize != 0)
        {
            var deviceBase = Saturating.AlignUp(end, facts.DeviceMemoryAlignment, ref past);
            SetRange(parts.DeviceMemory, deviceBase, deviceSize, ref past);
            end = Saturating.Add(deviceBase, deviceSize, ref past);
            Saturating.AlignUp(end, facts.DeviceMemoryAlignment, ref past);
        }

        // Checked guests only (unchecked 32-bit plans are outside the proof): the end of memory is in use.
        var highest = end == 0 ? 0 : end - 1;
        for (var j = 0; j < facts.Windows.Length; j++)
        {
            var window = facts.Windows[j];
            var windowBase = Saturating.AlignUp(end, window.Alignment, ref past);
            var size = windowSizes is not null ? windowSizes[j] : window.Size;
            var counts = config.Guest64 || !window.Requires64BitGuest;
            var lastAddress = size == 0 ? unchecked(windowBase - 1) : Saturating.Add(windowBase, size - 1, ref past);
            if (counts && lastAddress > highest)
            {
                highest = lastAddress;
            }

            // The advertised range runs to the end rounded up; where that passes 2^64 it is cut there (a bound).
            var ignore = false;
            var advertisedEnd = Saturating.AlignUp(Saturating.Add(windowBase, size, ref ignore), window.Alignment, ref ignore);
            SetRange(parts.Window(j), windowBase, size, ref ignore);
            var advertised = parts.Advertised(j);
            Present[advertised] = size != 0 && counts;
            Base[advertised] = windowBase;
            Last[advertised] = size == 0 ? windowBase : ignore ? ulong.MaxValue : advertisedEnd - 1;
            Present[parts.Window(j)] &= counts;
            // A window may end exactly at 2^64 (the planner accepts it); only passing it fails.
            end = size == 0 ? windowBase : lastAddress == ulong.MaxValue ? ulong.MaxValue : lastAddress + 1;
        }

        for (var g = 0; g < facts.Gaps.Length; g++)
        {
            var gap = facts.Gaps[g];
            var ignore = false;
            var gapBase = Saturating.Add(_bases[gap.Bank], _sizes[gap.Bank], ref ignore);
            var index = parts.Gap(g);
            Present[index] = gapBase < gap.RegionBase;
            Base[index] = gapBase;
            Last[index] = gap.RegionBase - 1;
        }

        Highest = highest;
        return past;
    }

    private void SetRange(int index, ulong rangeBase, ulong size, ref bool past)
    {
        Present[index] = size != 0;
        Base[index] = rangeBase;
        Last[index] = size == 0 ? rangeBase : Saturating.Add(rangeBase, size - 1, ref past);
    }
}
