using System.Collections.Concurrent;
using System.Collections.Immutable;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Rules;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Analyzers;

/// <summary>
/// Reports every MemmapGen declaration diagnostic. Each <c>[MemoryMap]</c> enum is parsed once, by the same
/// parser the generator uses, and every rule reads that model; analysis is per enum symbol so it runs live in
/// the editor. Only the duplicate-companion check waits for the end of the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MemoryMapAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleCatalog.Descriptors;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Projects that do not reference MemmapGen pay for one type lookup and nothing else.
            if (start.Compilation.GetTypeByMetadataName(KnownNames.MemoryMapAttribute) is null)
            {
                return;
            }

            var companions = new ConcurrentBag<DuplicateCompanionTypeRule.Companion>();
            start.RegisterSymbolAction(symbolContext => AnalyzeMap(symbolContext, companions), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => DuplicateCompanionTypeRule.Check(companions, end.ReportDiagnostic));
        });
    }

    private static void AnalyzeMap(SymbolAnalysisContext context, ConcurrentBag<DuplicateCompanionTypeRule.Companion> companions)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumSymbol
            || MapParser.FindAttribute(enumSymbol, KnownNames.MemoryMap) is null)
        {
            return;
        }

        var map = ParsedMaps.Get(enumSymbol, context.Compilation, context.CancellationToken);
        var fields = SourceLocator.Fields(enumSymbol);
        if (fields.Count != map.Regions.Count || HasIssue(map, IssueKind.IncompleteDeclaration))
        {
            // A half-typed enum: the compiler reports it, and nothing below would point anywhere useful.
            return;
        }

        var analysis = new MapAnalysis(map, enumSymbol, fields, context.ReportDiagnostic, context.CancellationToken);
        foreach (var rule in RuleCatalog.Rules)
        {
            rule.Check?.Invoke(analysis);
        }

        if (DuplicateCompanionTypeRule.Describe(analysis) is { } companion)
        {
            companions.Add(companion);
        }
    }

    private static bool HasIssue(MapSpec map, IssueKind kind)
    {
        foreach (var issue in map.Issues)
        {
            if (issue.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}
