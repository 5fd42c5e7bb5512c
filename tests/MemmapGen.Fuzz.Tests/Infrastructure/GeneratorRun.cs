using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MemmapGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>One run of the generator through <see cref="CSharpGeneratorDriver"/>, as the compiler runs it.</summary>
internal sealed record GeneratorRun(
    Compilation Output,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyList<(string HintName, string Text)> Generated,
    IReadOnlyList<Exception> Exceptions)
{
    public static GeneratorRun Run(Compilation input, IEnumerable<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider? options = null)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new MemmapGenerator().AsSourceGenerator() },
            additionalFiles,
            Compiler.ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var results = driver.GetRunResult().Results;
        var generated = results
            .SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();
        var exceptions = results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToList();
        return new GeneratorRun(output, diagnostics, generated, exceptions);
    }

    /// <summary>The generator failed: it threw, or the driver reported CS8785 (a generator exception) for it.</summary>
    public bool Failed => Exceptions.Count > 0 || Diagnostics.Any(d => d.Id == "CS8785");
}
