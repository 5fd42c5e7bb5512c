using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Analyzers.Tests.Infrastructure;

/// <summary>What a run reported: the compiler's errors, the analyzers' diagnostics and every analyzer exception.</summary>
internal sealed record AnalyzerRunResult(
    ImmutableArray<Diagnostic> CompilerErrors,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<Exception> Exceptions);

/// <summary>
/// Runs analyzers as the compiler does (<see cref="CompilationWithAnalyzers"/>) and keeps every result, where the
/// verifier in <see cref="Analyze"/> stops at the first mismatch: for checks over many inputs and any diagnostic.
/// </summary>
internal static class AnalyzerRun
{
    /// <summary>Both MemmapGen analyzers, as a project referencing the package runs them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Both { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer(), new LayoutCompatAnalyzer());

    /// <summary>Analyzes <paramref name="source"/> (after <see cref="Analyze.Usings"/>; no markup) with <paramref name="additionalFiles"/>.</summary>
    public static async Task<AnalyzerRunResult> RunAsync(string source, ImmutableArray<AdditionalText> additionalFiles, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var tree = CSharpSyntaxTree.ParseText(Analyze.Usings + source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Test.cs");
        var compilation = CSharpCompilation.Create("Test", new[] { tree }, References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Serial analysis, so the handler needs no lock. An ID missing from SupportedDiagnostics lands here too:
        // Roslyn throws on the report ("Reported diagnostic with ID '...' is not supported by the analyzer").
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new AnalyzerRunResult(errors, diagnostics, exceptions);
    }
}
