using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace MemmapGen.Analyzers.Tests.CodeFixes;

/// <summary>
/// Applies a fix the way <c>dotnet format analyzers --diagnostics A B</c> does, for one of the IDs: it analyzes for
/// every requested ID, registers fixes for the first diagnostic found (of any requested ID) to learn an equivalence
/// key, then asks the Fix All provider for a solution-wide fix with that key.
/// </summary>
internal static class DotnetFormatRoute
{
    public static async Task<Project> ProjectAsync(string source, params (string Name, string Text)[] additionalFiles)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        var project = new AdhocWorkspace().CurrentSolution
            .AddProject("Machine", "Machine", LanguageNames.CSharp)
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(references.Add(Analyze.Runtime))
            .AddDocument("Map.cs", Analyze.Usings + source, filePath: "/Machine/Map.cs").Project;
        foreach (var (name, text) in additionalFiles)
        {
            project = project.AddAdditionalDocument(name, SourceText.From(text), filePath: "/Machine/" + name).Project;
        }

        return project;
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = await project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false);
        return await compilation!.WithAnalyzers(ImmutableArray.Create(analyzer), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The fixed project, or null when the provider returns no Fix All action (dotnet format then fixes nothing).</summary>
    public static async Task<Project?> FixAsync(Project project, CodeFixProvider provider, string id, ImmutableArray<Diagnostic> reported)
    {
        var first = reported.First(d => d.Location.SourceTree is not null);
        var document = project.GetDocument(first.Location.SourceTree)!;
        CodeAction? probe = null;
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => probe ??= action, CancellationToken.None)).ConfigureAwait(false);

        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Solution,
            probe?.EquivalenceKey!,
            new[] { id },
            new Provider(project, reported),
            CancellationToken.None);
        if (await provider.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false) is not { } fixAll)
        {
            return null;
        }

        var operations = await fixAll.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id);
    }

    private sealed class Provider(Project project, ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project p, CancellationToken cancellationToken) =>
            GetProjectDiagnosticsAsync(p, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToArray());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project p, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(p.Id == project.Id ? diagnostics : Enumerable.Empty<Diagnostic>());
    }
}
