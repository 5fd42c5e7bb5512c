using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>
/// Fix All for MMG0112. The built-in batch fixer merges document edits only; these fixes edit one additional file,
/// so every project's lines are gathered and written in a single edit.
/// </summary>
internal sealed class AddToUnshippedFixAllProvider : FixAllProvider
{
    public static readonly AddToUnshippedFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext context) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(
            "Record all in MemoryLayout.Unshipped.txt",
            async token =>
            {
                var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
                var solution = context.Solution;
                foreach (var project in projects)
                {
                    ImmutableArray<Diagnostic> diagnostics;
                    if (context.Scope == FixAllScope.Document && context.Document is { } document)
                    {
                        diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    }
                    else
                    {
                        diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                    }

                    if (!diagnostics.IsEmpty)
                    {
                        solution = await AddToUnshippedCodeFixProvider.Apply(solution.GetProject(project.Id)!, diagnostics, token).ConfigureAwait(false);
                    }
                }

                return solution;
            },
            AddToUnshippedCodeFixProvider.EquivalenceKey));
}
