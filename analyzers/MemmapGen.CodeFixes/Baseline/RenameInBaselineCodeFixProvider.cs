using System.Collections.Immutable;
using System.Composition;
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
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CompatDiagnosticIds.FloatingRenamed);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var shipped = BaselineEdit.Find(context.Document.Project, BaselineFormat.ShippedFileName);
        if (shipped is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue("OldName", out var oldName) || oldName is null
                || !diagnostic.Properties.TryGetValue("NewName", out var newName) || newName is null
                || !diagnostic.Properties.TryGetValue("Map", out var map) || map is null)
            {
                continue;
            }

            var text = (await shipped.GetTextAsync(context.CancellationToken).ConfigureAwait(false)).ToString();
            var renamed = BaselineEdit.Rename(text, map, oldName, newName);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Rename '" + oldName + "' to '" + newName + "' in MemoryLayout.Shipped.txt",
                    _ => Task.FromResult(context.Document.Project.Solution.WithAdditionalDocumentText(shipped.Id, SourceText.From(renamed))),
                    "MemmapGen.RenameInBaseline"),
                diagnostic);
        }
    }
}
