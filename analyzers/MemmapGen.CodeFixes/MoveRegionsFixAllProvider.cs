using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MemmapGen.CodeFixes.Editing;
using MemmapGen.CodeFixes.Placement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes;

/// <summary>
/// Fix All for overlaps. Fixing each diagnostic alone could put two moved regions on the same free address,
/// so this plans all moves of one map at once: each moved region avoids the regions that stay and those
/// already placed.
/// </summary>
internal sealed class MoveRegionsFixAllProvider : FixAllProvider
{
    public static readonly MoveRegionsFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var byDocument = await CollectAsync(fixAllContext).ConfigureAwait(false);
        if (byDocument.Count == 0)
        {
            return null;
        }

        return CodeAction.Create(
            "Move overlapping regions to free addresses",
            async cancellationToken =>
            {
                var solution = fixAllContext.Solution;
                foreach (var pair in byDocument)
                {
                    var document = solution.GetDocument(pair.Key.Id) ?? pair.Key;
                    var fixedDocument = await FixDocumentAsync(document, pair.Value, cancellationToken).ConfigureAwait(false);
                    solution = fixedDocument.Project.Solution;
                }

                return solution;
            },
            fixAllContext.CodeActionEquivalenceKey);
    }

    private static async Task<Dictionary<Document, ImmutableArray<Diagnostic>>> CollectAsync(FixAllContext context)
    {
        var result = new Dictionary<Document, ImmutableArray<Diagnostic>>();
        var documents = context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents.ToArray(),
            FixAllScope.Solution => context.Solution.Projects.SelectMany(static p => p.Documents).ToArray(),
            _ => System.Array.Empty<Document>(),
        };

        foreach (var document in documents)
        {
            var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (!diagnostics.IsEmpty)
            {
                result.Add(document, diagnostics);
            }
        }

        return result;
    }

    private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        // Several maps may share a document: plan each map on its own, then apply every edit to the one root.
        var plans = new Dictionary<int, (MapDocument Map, List<MoveRequest> Requests)>();
        foreach (var diagnostic in diagnostics.OrderBy(static d => d.Location.SourceSpan.Start))
        {
            if (DiagnosticPair.Read(diagnostic) is not { } request)
            {
                continue;
            }

            var map = await MapDocument.AtAsync(document, diagnostic.Location, cancellationToken).ConfigureAwait(false);
            if (map is null || map.Enum.Locations.Length == 0)
            {
                continue;
            }

            var key = map.Enum.Locations[0].SourceSpan.Start;
            if (!plans.TryGetValue(key, out var plan))
            {
                plans.Add(key, plan = (map, new List<MoveRequest>()));
            }

            plan.Requests.Add(request);
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var edits = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var plan in plans.Values)
        {
            var bases = new MovePlanner(plan.Map.Analysis).Plan(plan.Requests);
            foreach (var pair in bases)
            {
                if (plan.Map.BaseExpression(pair.Key) is { } expression)
                {
                    edits[expression] = MapDocument.HexLiteral(pair.Value).WithTriviaFrom(expression);
                }
            }
        }

        return edits.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(edits.Keys, (original, _) => edits[original]));
    }
}
