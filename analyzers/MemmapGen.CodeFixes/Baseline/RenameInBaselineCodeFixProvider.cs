using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>MMG0105: a shipped floating region was renamed; rename it in MemoryLayout.Shipped.txt too.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameInBaselineCodeFixProvider))]
[Shared]
public sealed class RenameInBaselineCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key: Fix All gathers every rename.</summary>
    public const string EquivalenceKey = "MemmapGen.RenameInBaseline";

    private static readonly BaselineFixAllProvider FixAll = new(
        "Rename all in MemoryLayout.Shipped.txt",
        EquivalenceKey,
        static (project, diagnostics, cancellationToken) => Apply(project, diagnostics, cancellationToken));

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CompatDiagnosticIds.FloatingRenamed);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAll;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (BaselineEdit.Find(context.Document.Project, BaselineFormat.ShippedFileName) is null)
        {
            return Task.CompletedTask;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (BaselineRename.Read(diagnostic) is not { } rename)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Rename '" + rename.OldName + "' to '" + rename.NewName + "' in MemoryLayout.Shipped.txt",
                    token => Apply(context.Document.Project, new[] { diagnostic }, token),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>Applies every rename <paramref name="diagnostics"/> report to the project's Shipped file, in one edit.</summary>
    internal static async Task<Solution> Apply(Project project, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var shipped = BaselineEdit.Find(project, BaselineFormat.ShippedFileName);
        var renames = new List<BaselineRename>();
        foreach (var diagnostic in diagnostics)
        {
            if (BaselineRename.Read(diagnostic) is { } rename)
            {
                renames.Add(rename);
            }
        }

        if (shipped is null || renames.Count == 0)
        {
            return project.Solution;
        }

        var text = await shipped.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var renamed = BaselineEdit.Rename(text.ToString(), renames);
        return project.Solution.WithAdditionalDocumentText(shipped.Id, SourceText.From(renamed, text.Encoding), PreservationMode.PreserveIdentity);
    }
}
