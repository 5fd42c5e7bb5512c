using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using MemmapGen.Generator;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemmapGen.Tests.Infrastructure;

/// <summary>Runs the generator on source text the way the compiler does, and compiles or loads the result.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Compile user code the strictest way: overflow checks on, so generated arithmetic must never wrap by accident.</summary>
    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "UserAssembly",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                checkOverflow: true,
                deterministic: true));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new MemmapGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; the result holds the output compilation, generated sources and all diagnostics.</summary>
    public static Result Run(params string[] sources)
    {
        var input = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        var generated = run.Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var exceptions = run.Results.Select(r => r.Exception).Where(e => e is not null).ToList();
        return new Result(output, generated, generatorDiagnostics, exceptions!);
    }

    public sealed record Result(
        Compilation Output,
        IReadOnlyDictionary<string, string> Generated,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        IReadOnlyList<Exception> Exceptions)
    {
        /// <summary>Warnings and errors of the output compilation that come from generated files.</summary>
        public IEnumerable<Diagnostic> GeneratedCodeDiagnostics =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning
                && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);

        public IEnumerable<Diagnostic> AllDiagnostics =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

        /// <summary>Emits the output compilation and loads it into a collectible context.</summary>
        public Assembly Load()
        {
            using var stream = new MemoryStream();
            var emit = Output.Emit(stream);
            if (!emit.Success)
            {
                throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
            }

            stream.Position = 0;
            var context = new AssemblyLoadContext(null, isCollectible: true);
            return context.LoadFromStream(stream);
        }

        public string Source(string hintSuffix) =>
            Generated.Single(p => p.Key.EndsWith(hintSuffix, StringComparison.Ordinal)).Value;
    }
}
