using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.CodeFixes.Editing;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.CodeFixes;

/// <summary>MMG0009: rounds a misaligned base up to the region's declared alignment.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AlignBaseCodeFixProvider))]
[Shared]
public sealed class AlignBaseCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key shared by every alignment fix, so Fix All applies them together.</summary>
    public const string EquivalenceKey = "MemmapGen.AlignBase";

    // Not the batch fixer: it keeps only the fixes whose equivalence key equals the one it is given, and dotnet format
    // takes that key from the first diagnostic it analyzed, which can be another ID's (an MMG0001 of the same
    // analyzer) and then is null. This Fix All recomputes every fix itself and needs no key.
    private static readonly FixAllProvider FixAll = FixAllProvider.Create(AlignAllAsync);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MisalignedBase);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await AlignmentAtAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } fix)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Round base of '" + fix.Region + "' up to " + AddressText.Hex(fix.Aligned),
                    async token =>
                    {
                        var root = await context.Document.GetSyntaxRootAsync(token).ConfigureAwait(false);
                        return context.Document.WithSyntaxRoot(root!.ReplaceNode(fix.Base, fix.Literal()));
                    },
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>Every misaligned base of the document rounded up in one rewrite.</summary>
    private static async Task<Document?> AlignAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var edits = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (await AlignmentAtAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } fix)
            {
                edits[fix.Base] = fix.Literal();
            }
        }

        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        return edits.Count == 0 || root is null ? document : document.WithSyntaxRoot(root.ReplaceNodes(edits.Keys, (original, _) => edits[original]));
    }

    /// <summary>The aligned base for the fixed region <paramref name="diagnostic"/> blames, when it can be written.</summary>
    private static async Task<Alignment?> AlignmentAtAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Id != DiagnosticIds.MisalignedBase
            || await MapDocument.AtAsync(document, diagnostic.Location, cancellationToken).ConfigureAwait(false) is not { } map)
        {
            return null;
        }

        for (var i = 0; i < map.Analysis.Map.Regions.Count; i++)
        {
            if (map.BaseExpression(i) is not { } expression || !expression.Parent!.Span.Contains(diagnostic.Location.SourceSpan))
            {
                continue;
            }

            var region = map.Analysis.Region(i);
            return region.Kind == RegionKind.Fixed
                && AddressMath.IsPowerOfTwo(region.Alignment)
                && AddressMath.TryAlignUp(region.Base, region.Alignment, out var aligned)
                && aligned != region.Base
                    ? new Alignment(expression, region.Name, aligned)
                    : null;
        }

        return null;
    }

    private sealed record Alignment(ExpressionSyntax Base, string Region, ulong Aligned)
    {
        public SyntaxNode Literal() => MapDocument.HexLiteral(Aligned).WithTriviaFrom(Base);
    }
}
