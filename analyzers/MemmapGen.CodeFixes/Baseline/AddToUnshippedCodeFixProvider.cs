using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Compat;
using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>MMG0112: records a new region or machine version in MemoryLayout.Unshipped.txt.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToUnshippedCodeFixProvider))]
[Shared]
public sealed class AddToUnshippedCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key: Fix All gathers every unrecorded fact.</summary>
    public const string EquivalenceKey = "MemmapGen.AddToUnshipped";

    private static readonly BaselineFixAllProvider FixAll = new(
        "Record all in MemoryLayout.Unshipped.txt",
        EquivalenceKey,
        static (project, diagnostics, cancellationToken) => Apply(project, diagnostics, cancellationToken));

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CompatDiagnosticIds.NotInBaseline);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(LayoutComparer.LineProperty, out var line) || line is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Record in MemoryLayout.Unshipped.txt",
                    token => Apply(context.Document.Project, new[] { diagnostic }, token),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static Task<Solution> Apply(Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var replaced = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(LayoutComparer.LineProperty, out var line) && line is not null)
            {
                lines.Add(line);
            }

            if (diagnostic.Properties.TryGetValue(LayoutComparer.ReplacesProperty, out var old) && old is not null)
            {
                replaced.Add(old);
            }
        }

        return BaselineEdit.AddToUnshippedAsync(project, lines.Distinct().ToList(), replaced, cancellationToken);
    }
}
