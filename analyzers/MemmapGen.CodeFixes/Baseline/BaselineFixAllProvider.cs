using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>
/// Fix All for the fixes that edit a baseline file (MMG0112, MMG0105). The built-in batch fixer merges document
/// edits only; these fixes edit an additional file, so each project's diagnostics are gathered and applied in one
/// edit. The equivalence key is not consulted: <c>dotnet format</c> takes it from the first diagnostic it sees,
/// which may be another ID's.
/// </summary>
internal sealed class BaselineFixAllProvider : FixAllProvider
{
    private readonly string _title;
    private readonly string _equivalenceKey;
    private readonly Func<Project, ImmutableArray<Diagnostic>, CancellationToken, Task<Solution>> _apply;

    /// <param name="title">The Fix All action's title.</param>
    /// <param name="equivalenceKey">The single fix's equivalence key.</param>
    /// <param name="apply">Applies every diagnostic of one project, returning the changed solution.</param>
    public BaselineFixAllProvider(
        string title,
        string equivalenceKey,
        Func<Project, ImmutableArray<Diagnostic>, CancellationToken, Task<Solution>> apply)
    {
        _title = title;
        _equivalenceKey = equivalenceKey;
        _apply = apply;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext context) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(_title, token => ApplyAsync(context, token), _equivalenceKey));

    private async Task<Solution> ApplyAsync(FixAllContext context, CancellationToken cancellationToken)
    {
        var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        var solution = context.Solution;
        foreach (var project in projects)
        {
            var diagnostics = context.Scope == FixAllScope.Document && context.Document is { } document
                ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            if (!diagnostics.IsEmpty)
            {
                solution = await _apply(solution.GetProject(project.Id)!, diagnostics, cancellationToken).ConfigureAwait(false);
            }
        }

        return solution;
    }
}
