using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes;

/// <summary>MMG0009: rounds a misaligned base up to the region's declared alignment.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AlignBaseCodeFixProvider))]
[Shared]
public sealed class AlignBaseCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key shared by every alignment fix, so Fix All applies them together.</summary>
    public const string EquivalenceKey = "MemmapGen.AlignBase";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MisalignedBase);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await MapDocument.AtAsync(context.Document, diagnostic.Location, context.CancellationToken).ConfigureAwait(false) is not { } map)
            {
                continue;
            }

            var ordinal = OrdinalAt(map, diagnostic.Location);
            if (ordinal < 0)
            {
                continue;
            }

            var region = map.Analysis.Region(ordinal);
            if (!AddressMath.IsPowerOfTwo(region.Alignment)
                || !AddressMath.TryAlignUp(region.Base, region.Alignment, out var aligned)
                || aligned == region.Base
                || !map.TryRewriteBases(new Dictionary<int, ulong> { [ordinal] = aligned }, out var newRoot))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Round base of '" + region.Name + "' up to " + AddressText.Hex(aligned),
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The region whose base expression is at the diagnostic.</summary>
    private static int OrdinalAt(MapDocument map, Location location)
    {
        for (var i = 0; i < map.Analysis.Map.Regions.Count; i++)
        {
            if (map.BaseExpression(i) is { } expression && expression.Parent!.Span.Contains(location.SourceSpan))
            {
                return i;
            }
        }

        return -1;
    }
}
