using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>
/// Fix All for MMG0105. The built-in batch fixer merges document edits only; these fixes edit the additional file
/// MemoryLayout.Shipped.txt, so each project's renames are gathered and written in a single edit. The equivalence
/// key is not consulted: <c>dotnet format</c> takes it from the first diagnostic it sees, which may be another ID's.
/// </summary>
internal sealed class RenameInBaselineFixAllProvider : FixAllProvider
{
    public static readonly RenameInBaselineFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext context) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(
            "Rename all in MemoryLayout.Shipped.txt",
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
                        solution = await RenameInBaselineCodeFixProvider.Apply(solution.GetProject(project.Id)!, diagnostics, token).ConfigureAwait(false);
                    }
                }

                return solution;
            },
            RenameInBaselineCodeFixProvider.EquivalenceKey));
}
