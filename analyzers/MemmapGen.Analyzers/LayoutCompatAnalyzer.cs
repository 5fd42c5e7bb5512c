using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Compat;
using MemmapGen.Analyzers.Compat.Rules;
using MemmapGen.Generator.Baseline;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Analyzers;

/// <summary>
/// Migration compat: compares every <c>[MemoryMap]</c> with the layout baseline (MemoryLayout.Shipped.txt and
/// MemoryLayout.Unshipped.txt, as AdditionalFiles). Per map symbol, so it is live in the editor; baseline lines
/// are checked per file; only orphaned lines (a map that no longer exists) wait for the end of the compilation.
/// Its rules, and the methods reporting each, are listed in <see cref="CompatRuleCatalog"/> (whence the internal
/// methods: the catalog names them).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayoutCompatAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => CompatRuleCatalog.Descriptors;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // ShipMemoryLayout's own build records a new baseline: comparing it with the old one would only block it.
            if (start.Compilation.GetTypeByMetadataName(KnownNames.MemoryMapAttribute) is null
                || (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(EmitBaselineProperty.Key, out var shipping)
                    && string.Equals(shipping, "true", StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            var baseline = BaselineSet.Read(start.Options.AdditionalFiles, start.CancellationToken);
            var declared = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            start.RegisterAdditionalFileAction(file => ReportLines(file, baseline));
            start.RegisterSymbolAction(symbol => AnalyzeMap(symbol, baseline, declared), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => ReportOrphans(end, baseline, declared));
        });
    }

    internal static void ReportLines(AdditionalFileAnalysisContext context, BaselineSet baseline)
    {
        foreach (var (location, message) in baseline.Problems)
        {
            if (location.GetLineSpan().Path == context.AdditionalFile.Path)
            {
                context.ReportDiagnostic(Diagnostic.Create(MalformedBaselineLineRule.Descriptor, location, message));
            }
        }

        foreach (var (line, first) in baseline.Duplicates)
        {
            if (line.Path == context.AdditionalFile.Path)
            {
                context.ReportDiagnostic(Diagnostic.Create(DuplicateBaselineLineRule.Descriptor, line.Location, first.Entry.Key, first.Line + 1, first.FileName));
            }
        }
    }

    internal static void AnalyzeMap(SymbolAnalysisContext context, BaselineSet baseline, ConcurrentDictionary<string, bool> declared)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumSymbol
            || MapParser.FindAttribute(enumSymbol, KnownNames.MemoryMap) is null)
        {
            return;
        }

        var map = ParsedMaps.Get(enumSymbol, context.Compilation, context.CancellationToken);
        var name = BaselineWriter.MapName(map);
        declared[name] = true;
        var fields = SourceLocator.Fields(enumSymbol);
        if (fields.Count != map.Regions.Count || map.Issues.Count > 0 || HasDuplicateNames(map))
        {
            return; // a declaration with errors (a member declared twice is the compiler's CS0102): its values are not trustworthy
        }

        var locator = new SourceLocator(enumSymbol, fields, map, context.CancellationToken);
        if (!baseline.Exists)
        {
            context.ReportDiagnostic(Diagnostic.Create(NoBaselineRule.Descriptor, locator.EnumIdentifier, name));
            return;
        }

        var versions = VersionFields(enumSymbol);
        foreach (var finding in LayoutComparer.Compare(map, baseline.For(name)))
        {
            var location = finding.Target switch
            {
                TargetKind.Region => locator.Argument(finding.Ordinal, finding.Argument),
                TargetKind.Version when finding.Ordinal >= 0 && finding.Ordinal < versions.Count && versions[finding.Ordinal].Locations.Length > 0 =>
                    versions[finding.Ordinal].Locations[0],
                _ => finding.Argument is not null ? locator.MapArgument(finding.Argument) : locator.EnumIdentifier,
            };
            var additional = finding.BaselineLine is { } line ? new[] { line.Location } : Array.Empty<Location>();
            var properties = finding.Properties ?? ImmutableDictionary<string, string?>.Empty;
            if (finding.Descriptor == NotInBaselineRule.Descriptor && baseline.UnshippedPath is { } unshipped)
            {
                properties = properties.Add("UnshippedPath", unshipped);
            }

            context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, location, additional, properties, finding.Arguments));
        }
    }

    internal static void ReportOrphans(CompilationAnalysisContext context, BaselineSet baseline, ConcurrentDictionary<string, bool> declared)
    {
        foreach (var map in baseline.Maps.Where(m => !declared.ContainsKey(m)).OrderBy(m => m, StringComparer.Ordinal))
        {
            foreach (var line in baseline.For(map).Where(l => l.Shipped).Take(1).Concat(baseline.For(map).Where(l => !l.Shipped).Take(1)))
            {
                context.ReportDiagnostic(Diagnostic.Create(OrphanedBaselineLineRule.Descriptor, line.Location, map));
            }
        }
    }

    /// <summary>Baseline facts are keyed by region name, so a name declared twice has no one fact to compare.</summary>
    private static bool HasDuplicateNames(MapSpec map)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in map.Regions)
        {
            if (!names.Add(region.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The members of the map's machine-version enum, in the parser's order.</summary>
    private static List<IFieldSymbol> VersionFields(INamedTypeSymbol enumSymbol)
    {
        var attribute = MapParser.FindAttribute(enumSymbol, KnownNames.MemoryMap);
        foreach (var named in attribute?.NamedArguments ?? default)
        {
            if (named.Key == KnownNames.Versions && named.Value.Value is INamedTypeSymbol { TypeKind: TypeKind.Enum } versions)
            {
                return SourceLocator.Fields(versions);
            }
        }

        return new List<IFieldSymbol>();
    }
}
