using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.CodeFixes.Editing;
using MemmapGen.CodeFixes.Placement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes;

/// <summary>
/// MMG0001 / MMG0003: moves the blamed region to the next free address, aligned like its base, after the region
/// it hits. Fix All places every moved region of a map together (see <see cref="MoveRegionsFixAllProvider"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveRegionCodeFixProvider))]
[Shared]
public sealed class MoveRegionCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key: one per fix kind, so Fix All gathers every overlap.</summary>
    public const string EquivalenceKey = "MemmapGen.MoveRegion";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.FixedOverlap, DiagnosticIds.SiblingOverlap);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => MoveRegionsFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (DiagnosticPair.Read(diagnostic) is not { } request
                || await MapDocument.AtAsync(context.Document, diagnostic.Location, context.CancellationToken).ConfigureAwait(false) is not { } map)
            {
                continue;
            }

            var bases = new MovePlanner(map.Analysis).Plan(new[] { request });
            if (!bases.TryGetValue(request.Region, out var place) || !map.TryRewriteBases(bases, out var newRoot))
            {
                continue;
            }

            var title = "Move '" + map.Analysis.Name(request.Region) + "' to " + AddressText.Hex(place);
            context.RegisterCodeFix(
                CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)), EquivalenceKey),
                diagnostic);
        }
    }
}
