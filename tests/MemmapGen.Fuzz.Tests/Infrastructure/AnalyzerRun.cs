using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MemmapGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Both analyzers on a compilation (the generator's output, as in a build), with the baseline files as
/// AdditionalFiles. Compiler diagnostics are left to the emit that follows, so method bodies are bound once.
/// </summary>
internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Analyzers, IReadOnlyCollection<Exception> Exceptions)
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> All =
        ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer(), new LayoutCompatAnalyzer());

    public static AnalyzerRun Run(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = compilation.WithAnalyzers(All, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new AnalyzerRun(analyzers, exceptions);
    }

    public bool Crashed => Exceptions.Count > 0 || Analyzers.Any(d => d.Id == "AD0001");

    public bool ReportsError => Analyzers.Any(d => d.Severity == DiagnosticSeverity.Error);
}
