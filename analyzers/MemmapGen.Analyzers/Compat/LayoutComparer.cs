using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MemmapGen.Analyzers.Compat.Rules;
using MemmapGen.Generator.Baseline;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat;

/// <summary>
/// Compares a map's declarations with its baseline: what shipped must stay where it is (fixed regions, RAM policy,
/// the floating sequence and each shipped machine version), and what is new must be recorded. Values only; the
/// analyzer turns findings into diagnostics. The methods that report are internal so that
/// <see cref="CompatRuleCatalog"/> can name them.
/// </summary>
internal sealed class LayoutComparer
{
    /// <summary>Diagnostic property holding the baseline line a code fix writes.</summary>
    public const string LineProperty = "BaselineLine";

    /// <summary>Diagnostic property holding the line a code fix replaces.</summary>
    public const string ReplacesProperty = "ReplacesLine";

    private readonly MapSpec _map;
    private readonly List<CompatFinding> _findings = new();
    private readonly Dictionary<string, LocatedLine> _shipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocatedLine> _unshipped = new(StringComparer.Ordinal);
    private readonly List<BaselineEntry> _current;

    // The first current entry of each kind and name: Current() is called once per shipped line, so a list scan is n².
    private readonly Dictionary<(BaselineKind Kind, string Name), BaselineEntry> _currentByName = new();

    private readonly Dictionary<string, RegionSpec> _regions = new(StringComparer.Ordinal);

    // Shipped floating name -> current floating name, after renames.
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedInsertions = new(StringComparer.Ordinal);

    private LayoutComparer(MapSpec map, IReadOnlyList<LocatedLine> lines)
    {
        _map = map;
        foreach (var line in lines)
        {
            (line.Shipped ? _shipped : _unshipped)[line.Entry.Key] = line;
        }

        _current = BaselineWriter.Entries(map);
        foreach (var entry in _current)
        {
            if (!_currentByName.ContainsKey((entry.Kind, entry.Name)))
            {
                _currentByName.Add((entry.Kind, entry.Name), entry);
            }
        }

        foreach (var region in map.Regions)
        {
            _regions[region.Name] = region;
        }
    }

    public static List<CompatFinding> Compare(MapSpec map, IReadOnlyList<LocatedLine> lines)
    {
        var comparer = new LayoutComparer(map, lines);
        var sequenceIntact = comparer.CompareFloating();
        comparer.CompareRam();
        comparer.CompareFixed();
        comparer.CompareVersions(sequenceIntact);
        comparer.CompareSplit();
        comparer.CompareVersionPolicies();
        comparer.FindUnrecorded();
        return comparer._findings;
    }

    private IEnumerable<LocatedLine> Shipped(BaselineKind kind) =>
        _shipped.Values.Where(l => l.Entry.Kind == kind).OrderBy(l => l.Entry.Ordinal).ThenBy(l => l.Entry.Name, StringComparer.Ordinal);

    private BaselineEntry? Current(BaselineKind kind, string name) =>
        _currentByName.TryGetValue((kind, name), out var entry) ? entry : null;

    private int Ordinal(string region) => _regions.TryGetValue(region, out var spec) ? spec.Ordinal : -1;

    private void Add(DiagnosticDescriptor rule, TargetKind target, int ordinal, string? argument, LocatedLine? line, params object[] args) =>
        _findings.Add(new CompatFinding(rule, target, ordinal, argument, args, line));

    internal void CompareRam()
    {
        var shipped = Shipped(BaselineKind.Ram).FirstOrDefault();
        if (shipped is null)
        {
            return;
        }

        var current = _current.FirstOrDefault(e => e.Kind == BaselineKind.Ram);
        if (current is null || !SameRam(current, shipped.Entry))
        {
            Add(RamPolicyChangedRule.Descriptor, current is null ? TargetKind.Map : TargetKind.Region, current is null ? -1 : Ordinal(current.Name), null, shipped,
                shipped.Entry.Name, DescribeRam(shipped.Entry), current is null ? "no RAM" : DescribeRam(current));
        }
    }

    internal void CompareFixed()
    {
        foreach (var shipped in Shipped(BaselineKind.Fixed))
        {
            var entry = shipped.Entry;
            var current = Current(BaselineKind.Fixed, entry.Name);
            if (current is null)
            {
                Add(FixedRemovedRule.Descriptor, TargetKind.Map, -1, null, shipped, entry.Name, Range(entry.Base, entry.Size));
            }
            else if (current.Base != entry.Base || current.Size != entry.Size)
            {
                Add(FixedMovedRule.Descriptor, TargetKind.Region, Ordinal(entry.Name), current.Base != entry.Base ? KnownNames.BaseArgument : KnownNames.SizeArgument, shipped,
                    entry.Name, Range(entry.Base, entry.Size), Range(current.Base, current.Size));
            }
        }
    }

    /// <summary>Renames, removals, resizes and reorders of shipped floating regions; true when the shared ones are intact.</summary>
    internal bool CompareFloating()
    {
        var shipped = Shipped(BaselineKind.Floating).ToList();
        var current = _current.Where(e => e.Kind == BaselineKind.Floating).OrderBy(e => e.Ordinal).ToList();
        var shippedNames = new HashSet<string>(shipped.Select(s => s.Entry.Name), StringComparer.Ordinal);
        var intact = true;
        foreach (var line in shipped)
        {
            var entry = line.Entry;
            if (current.Any(c => c.Name == entry.Name))
            {
                _renamed[entry.Name] = entry.Name;
                continue;
            }

            // Same position, same size and alignment, a name the baseline does not know: a rename.
            var candidate = current.FirstOrDefault(c => c.Ordinal == entry.Ordinal);
            if (candidate is not null && !shippedNames.Contains(candidate.Name) && SameFloating(candidate, entry))
            {
                _renamed[entry.Name] = candidate.Name;
                _findings.Add(new CompatFinding(
                    FloatingRenamedRule.Descriptor, TargetKind.Region, Ordinal(candidate.Name), null,
                    new object[] { candidate.Name, entry.Name, entry.Ordinal }, line,
                    ImmutableDictionary<string, string?>.Empty.Add("OldName", entry.Name).Add("NewName", candidate.Name).Add("Map", entry.Map)));
                continue;
            }

            intact = false;
            Add(FloatingRemovedRule.Descriptor, TargetKind.Map, -1, null, line, entry.Name, DescribeFloating(entry), "declared");
        }

        foreach (var line in shipped)
        {
            if (_renamed.TryGetValue(line.Entry.Name, out var name) && current.FirstOrDefault(c => c.Name == name) is { } declared && !SameFloating(declared, line.Entry))
            {
                intact = false;
                var argument = declared.Size != line.Entry.Size ? KnownNames.SizeArgument : declared.Extra != line.Entry.Extra ? KnownNames.Resizable : KnownNames.Alignment;
                Add(FloatingResizedRule.Descriptor, TargetKind.Region, Ordinal(name), argument, line, name, DescribeFloating(line.Entry), DescribeFloating(declared));
            }
        }

        // Shared regions must keep their relative order.
        var order = shipped.Where(l => _renamed.ContainsKey(l.Entry.Name)).Select(l => _renamed[l.Entry.Name]).ToList();
        var declaredOrder = current.Select(c => c.Name).Where(order.Contains).ToList();
        for (var i = 0; i < declaredOrder.Count; i++)
        {
            if (declaredOrder[i] != order[i])
            {
                intact = false;
                Add(FloatingReorderedRule.Descriptor, TargetKind.Region, Ordinal(declaredOrder[i]), null, null, declaredOrder[i], order[i]);
                break;
            }
        }

        return intact;
    }

    internal void CompareVersions(bool sequenceIntact)
    {
        var shippedVersions = Shipped(BaselineKind.Version).ToList();
        var currentFloating = _current.Where(e => e.Kind == BaselineKind.Floating).OrderBy(e => e.Ordinal).ToList();
        if (shippedVersions.Count == 0)
        {
            // A map without versions is one implicit version: every region requested by default.
            var shippedFloating = Shipped(BaselineKind.Floating).ToList();
            if (shippedFloating.Count > 0 && _map.Versions.Count == 0 && sequenceIntact)
            {
                ProveInsertions(null, shippedFloating.Select(l => Def(l.Entry, _renamed[l.Entry.Name])).ToList(), currentFloating.Select(e => Def(e, e.Name)).ToList());
            }

            return;
        }

        foreach (var line in shippedVersions)
        {
            var entry = line.Entry;
            var current = _map.Versions.FirstOrDefault(v => v.Name == entry.Name);
            if (current is null)
            {
                Add(VersionRemovedRule.Descriptor, TargetKind.Map, -1, KnownNames.Versions, line, entry.Name);
                continue;
            }

            if (current.IsLegacy != entry.IsLegacy)
            {
                Add(VersionLayoutChangedRule.Descriptor, TargetKind.Version, current.Ordinal, null, line,
                    entry.Name, Layout(entry.IsLegacy), Layout(current.IsLegacy));
            }

            var currentEntry = _current.First(e => e.Kind == BaselineKind.Version && e.Name == entry.Name);
            var now = currentEntry.Sequence().ToDictionary(p => p.Region, p => p.On, StringComparer.Ordinal);
            var before = entry.Sequence();
            var missing = false;
            foreach (var (region, on) in before)
            {
                var name = _renamed.TryGetValue(region, out var renamed) ? renamed : region;
                if (!now.TryGetValue(name, out var nowOn))
                {
                    missing = true;
                    if (_regions.ContainsKey(name))
                    {
                        Add(FloatingRemovedRule.Descriptor, TargetKind.Region, Ordinal(name), KnownNames.Since, line, name, "in machine version '" + entry.Name + "'", "seen by machine version '" + entry.Name + "'");
                    }
                }
                else if (nowOn != on)
                {
                    Add(VersionDefaultsChangedRule.Descriptor, TargetKind.Region, Ordinal(name), KnownNames.EnabledSince, line,
                        entry.Name, name, on ? "requested" : "not requested", nowOn ? "requests" : "does not request");
                }
            }

            if (sequenceIntact && !missing)
            {
                var shippedDefs = Shipped(BaselineKind.Floating).ToDictionary(l => _renamed.TryGetValue(l.Entry.Name, out var n) ? n : l.Entry.Name, l => l.Entry, StringComparer.Ordinal);
                var oldSequence = before.Select(p => _renamed.TryGetValue(p.Region, out var n) ? n : p.Region)
                    .Where(shippedDefs.ContainsKey).Select(n => Def(shippedDefs[n], n)).ToList();
                var newSequence = currentEntry.Sequence().Select(p => currentFloating.FirstOrDefault(c => c.Name == p.Region))
                    .Where(e => e is not null).Select(e => Def(e!, e!.Name)).ToList();
                if (oldSequence.Count == before.Length)
                {
                    ProveInsertions(entry.Name, oldSequence, newSequence);
                }
            }
        }
    }

    internal void ProveInsertions(string? version, List<FloatingDef> before, List<FloatingDef> after)
    {
        var known = new HashSet<string>(before.Select(d => d.Name), StringComparer.Ordinal);
        var inserted = after.FirstOrDefault(d => !known.Contains(d.Name))?.Name;
        if (inserted is null || !_reportedInsertions.Add(inserted))
        {
            return; // nothing inserted, or already shown with a witness from an older version
        }

        var witness = InsertionProver.FindMove(before, after, Space());
        if (witness is null)
        {
            _reportedInsertions.Remove(inserted);
            return;
        }

        Add(InsertionMovesShippedRule.Descriptor, TargetKind.Region, Ordinal(inserted), null, null,
            inserted, version ?? "(the only version)", witness.Describe());
    }

    /// <summary>Regions and versions that neither file records (or that Unshipped records differently).</summary>
    internal void FindUnrecorded()
    {
        var renamedTo = new HashSet<string>(_renamed.Where(p => p.Key != p.Value).Select(p => p.Value), StringComparer.Ordinal);
        foreach (var entry in _current)
        {
            if (_shipped.ContainsKey(entry.Key) || (entry.Kind == BaselineKind.Floating && renamedTo.Contains(entry.Name)))
            {
                continue;
            }

            var text = BaselineFormat.Format(entry);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(LineProperty, text);
            string what;
            if (_unshipped.TryGetValue(entry.Key, out var recorded))
            {
                if (BaselineFormat.Format(recorded.Entry) == text)
                {
                    continue;
                }

                properties = properties.Add(ReplacesProperty, recorded.Text.Lines[recorded.Line].ToString());
                what = "differs from its line in MemoryLayout.Unshipped.txt";
            }
            else
            {
                what = "is not recorded in MemoryLayout.Shipped.txt or MemoryLayout.Unshipped.txt";
            }

            var target = entry.Kind switch
            {
                BaselineKind.Version or BaselineKind.Policy => TargetKind.Version,
                BaselineKind.Guest32 => TargetKind.Map,
                _ => TargetKind.Region,
            };
            var ordinal = target == TargetKind.Version ? _map.Versions.First(v => v.Name == entry.Name).Ordinal : Ordinal(entry.Name);
            var argument = entry.Kind == BaselineKind.Guest32 ? KnownNames.CheckGuest32BitSince : null;
            _findings.Add(new CompatFinding(NotInBaselineRule.Descriptor, target, ordinal, argument, new object[] { Describe(entry), what }, recorded, properties));
        }
    }

    /// <summary>Banks, reserved windows, gaps and windows of a banked map: each shipped one unchanged, field by field.</summary>
    internal void CompareSplit()
    {
        foreach (var kind in new[] { BaselineKind.Bank, BaselineKind.Reserved, BaselineKind.Gap, BaselineKind.Window })
        {
            foreach (var shipped in Shipped(kind))
            {
                var current = Current(kind, shipped.Entry.Name);
                if (current is null)
                {
                    Add(SplitPolicyChangedRule.Descriptor, TargetKind.Map, -1, null, shipped,
                        SplitComparer.KindName(kind), shipped.Entry.Name, "its declaration", shipped.Entry.Fields, "it is gone");
                }
                else if (SplitComparer.Difference(shipped.Entry, current) is { } change)
                {
                    Add(SplitPolicyChangedRule.Descriptor, TargetKind.Region, Ordinal(current.Name), change.Argument, shipped,
                        SplitComparer.KindName(kind), current.Name, change.Argument, change.Was, change.Now);
                }
            }
        }
    }

    /// <summary>Each shipped version's effective flags (reserved windows avoided, windows advertised, 32-bit check).</summary>
    internal void CompareVersionPolicies()
    {
        foreach (var shipped in Shipped(BaselineKind.Policy))
        {
            // A removed version is MMG0111's; its flags need no second diagnostic.
            if (Current(BaselineKind.Policy, shipped.Entry.Name) is not { } current)
            {
                continue;
            }

            // One diagnostic per version: the first flag that really changed.
            foreach (var key in SplitFacts.Schema[BaselineKind.Policy].Fields)
            {
                var was = SplitFacts.Value(shipped.Entry, key) ?? SplitFacts.None;
                var now = SplitFacts.Value(current, key) ?? SplitFacts.None;
                if (was != now && ReportPolicyChange(shipped, current.Name, key, was, now))
                {
                    break;
                }
            }
        }
    }

    internal bool ReportPolicyChange(LocatedLine shipped, string version, string key, string was, string now)
    {
        var what = SplitComparer.FlagName(key);
        if (key == "guest32")
        {
            Add(VersionPolicyChangedRule.Descriptor, TargetKind.Map, -1, KnownNames.CheckGuest32BitSince, shipped, version, what, was, now);
            return true;
        }

        // The same regions in another order changes nothing; a window that is gone is CompareSplit's, reported once.
        if (SplitComparer.Cause(was, now) is not { } cause || !_regions.ContainsKey(cause))
        {
            return false;
        }

        Add(VersionPolicyChangedRule.Descriptor, TargetKind.Region, Ordinal(cause), key == "reserved" ? KnownNames.Since : KnownNames.AdvertisedSince, shipped,
            version, what, SplitComparer.FlagValue(was), SplitComparer.FlagValue(now));
        return true;
    }

    private StartSpace Space()
    {
        var ram = _map.Ram;
        var floor = ram is null ? 0 : (ram.LegacyLimit > ulong.MaxValue - ram.Base ? ulong.MaxValue : ram.Base + ram.LegacyLimit);
        return new StartSpace(floor, ram?.DeviceMemoryAlignment ?? 0, ram?.Base ?? 0, _map.AddressBits);
    }

    private static FloatingDef Def(BaselineEntry entry, string name) =>
        new(name, entry.Size, entry.Extra != 0 && entry.Alignment == entry.Size ? 0 : entry.Alignment, entry.Extra != 0);

    private static bool SameFloating(BaselineEntry a, BaselineEntry b) => a.Size == b.Size && a.Alignment == b.Alignment && a.Extra == b.Extra;

    private static bool SameRam(BaselineEntry a, BaselineEntry b) =>
        a.Base == b.Base && a.Size == b.Size && a.Alignment == b.Alignment && a.Extra == b.Extra;

    private static string Range(ulong @base, ulong size) =>
        size == 0 ? "[empty at " + AddressText.Hex(@base) + "]" : AddressText.Range(@base, size - 1 > ulong.MaxValue - @base ? ulong.MaxValue : @base + (size - 1));

    private static string DescribeFloating(BaselineEntry entry) =>
        "size " + AddressText.Hex(entry.Size) + " (" + AddressText.Size(entry.Size) + "), alignment " + AddressText.Hex(entry.Alignment) + (entry.Extra != 0 ? ", resizable" : string.Empty);

    private static string DescribeRam(BaselineEntry entry) =>
        "base " + AddressText.Hex(entry.Base) + ", window " + AddressText.Hex(entry.Size) + ", device-memory alignment " + AddressText.Hex(entry.Alignment) + ", slot size " + AddressText.Hex(entry.Extra);

    private static string Describe(BaselineEntry entry) => entry.Kind switch
    {
        BaselineKind.Version => "Machine version '" + entry.Name + "'",
        BaselineKind.Ram => "RAM '" + entry.Name + "'",
        BaselineKind.Fixed => "Fixed region '" + entry.Name + "'",
        BaselineKind.Bank or BaselineKind.Reserved or BaselineKind.Gap or BaselineKind.Window => SplitComparer.KindName(entry.Kind) + " '" + entry.Name + "'",
        BaselineKind.Guest32 => "The 32-bit guest check (CheckGuest32BitSince)",
        BaselineKind.Policy => "The split flags of machine version '" + entry.Name + "'",
        _ => "Floating region '" + entry.Name + "'",
    };

    private static string Layout(bool legacy) => legacy ? "legacy" : "compact";
}
