using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Analyzers.Proof;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>
/// One parsed map as the rules see it: the model, where things are in source, and the derived facts several
/// rules share (which regions have a usable range, who contains whom), computed once.
/// </summary>
internal sealed class MapAnalysis
{
    /// <summary>Diagnostic property naming the blamed region's ordinal, for code fixes.</summary>
    public const string RegionProperty = "Region";

    /// <summary>Diagnostic property naming the other region's ordinal, for code fixes.</summary>
    public const string OtherProperty = "Other";

    private readonly Action<Diagnostic> _report;
    private readonly HashSet<(int, string?)> _compilerReported = new();
    private readonly HashSet<(int, string?)> _unreadable = new();
    private readonly HashSet<int> _badWithin = new();
    private readonly AddressRange?[] _ranges;
    private Dictionary<int, List<Placed>>? _groups;
    private ProofResult? _proof;

    public MapAnalysis(MapSpec map, INamedTypeSymbol enumSymbol, IReadOnlyList<IFieldSymbol> fields, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Map = map;
        Enum = enumSymbol;
        CancellationToken = cancellationToken;
        Locate = new SourceLocator(enumSymbol, fields, map, cancellationToken);
        _report = report;

        foreach (var issue in map.Issues)
        {
            switch (issue.Kind)
            {
                case IssueKind.ErroneousArgument:
                    _compilerReported.Add((issue.Ordinal, issue.Argument));
                    break;
                case IssueKind.InvalidArgument:
                    _unreadable.Add((issue.Ordinal, issue.Argument));
                    break;
            }

            if (issue.Argument == KnownNames.Within)
            {
                _badWithin.Add(issue.Ordinal);
            }
        }

        _ranges = new AddressRange?[map.Regions.Count];
        for (var i = 0; i < _ranges.Length; i++)
        {
            var region = map.Regions[i];
            if (region.IsFixed && region.Size != 0 && !_unreadable.Contains((i, KnownNames.BaseArgument)) && !_unreadable.Contains((i, KnownNames.SizeArgument)))
            {
                _ranges[i] = AddressRange.FromSize(region.Base, region.Size, out _);
            }
        }
    }

    public MapSpec Map { get; }

    public INamedTypeSymbol Enum { get; }

    public SourceLocator Locate { get; }

    public CancellationToken CancellationToken { get; }

    public RegionSpec Region(int ordinal) => Map.Regions[ordinal];

    /// <summary>The issues of one kind that the compiler has not already reported in its own words.</summary>
    public IEnumerable<DeclarationIssue> Issues(IssueKind kind)
    {
        foreach (var issue in Map.Issues)
        {
            if (issue.Kind == kind && !_compilerReported.Contains((issue.Ordinal, issue.Argument)))
            {
                yield return issue;
            }
        }
    }

    /// <summary>True when the argument could be read, so its value in the model is what the user wrote.</summary>
    public bool IsReadable(int ordinal, string argument) => !_unreadable.Contains((ordinal, argument));

    /// <summary>The range of a fixed region with a readable, non-zero size (clamped at 2^64 - 1).</summary>
    public AddressRange? Range(int ordinal) => _ranges[ordinal];

    /// <summary>
    /// The declared container of a region whose <c>Within</c> is valid, -1 for a top-level region, or null when
    /// its <c>Within</c> is broken (another rule reports that; geometry waits until it is fixed).
    /// </summary>
    public int? Container(int ordinal) => _badWithin.Contains(ordinal) ? null : Map.Regions[ordinal].Within;

    /// <summary>Fixed regions with a range and a valid <c>Within</c>, grouped by declared container (-1: top level).</summary>
    public Dictionary<int, List<Placed>> SiblingGroups => _groups ??= BuildGroups();

    /// <summary>The proof of the map's plans over every input, computed once for the rules that report it.</summary>
    public ProofResult Proof => _proof ??= PlanProver.Prove(this);

    /// <summary>"'Name' [0x..., 0x...]" for messages.</summary>
    public string Describe(int ordinal) =>
        _ranges[ordinal] is { } range ? "'" + Map.Regions[ordinal].Name + "' " + range : "'" + Map.Regions[ordinal].Name + "'";

    public string Name(int ordinal) => Map.Regions[ordinal].Name;

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        Report(descriptor, location, null, null, arguments);

    public void Report(
        DiagnosticDescriptor descriptor,
        Location location,
        IEnumerable<Location>? additionalLocations,
        ImmutableDictionary<string, string?>? properties,
        params object?[] arguments) =>
        _report(Diagnostic.Create(descriptor, location, additionalLocations, properties, arguments));

    /// <summary>Properties that let a code fix find both regions again without re-deriving the blame.</summary>
    public static ImmutableDictionary<string, string?> RegionPair(int region, int other) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(RegionProperty, region.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add(OtherProperty, other.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Dictionary<int, List<Placed>> BuildGroups()
    {
        var groups = new Dictionary<int, List<Placed>>();
        for (var i = 0; i < _ranges.Length; i++)
        {
            if (_ranges[i] is not { } range || Container(i) is not { } container)
            {
                continue;
            }

            if (!groups.TryGetValue(container, out var group))
            {
                groups.Add(container, group = new List<Placed>());
            }

            group.Add(new Placed(i, range));
        }

        return groups;
    }
}
