using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>A hand-written case: sources and baseline files through the generator, both analyzers and the compiler.</summary>
internal sealed record Snippet(GeneratorRun Generator, AnalyzerRun Analysis, IReadOnlyList<Diagnostic> Compiled)
{
    public const string Usings = "using MemmapGen;\nusing static MemmapGen.Units;\n";

    public static Snippet Run(IEnumerable<string> sources, params CaseFile[] additionalFiles)
    {
        var files = additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var generator = GeneratorRun.Run(Compiler.Compile(sources.Select((s, i) => new CaseFile("Source" + i + ".cs", s))), files);
        var analysis = AnalyzerRun.Run(generator.Output, files);
        var (compiled, _) = Probe.CompileAndRun(generator.Output, new List<Companion>());
        return new Snippet(generator, analysis, compiled);
    }

    public static Snippet Run(string source, params CaseFile[] additionalFiles) => Run(new[] { source }, additionalFiles);

    public IEnumerable<Diagnostic> Errors => Compiled.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> AnalyzerErrors => Analysis.Analyzers.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Generated code that compiles with no warning, or declarations the analyzers reject: never accepted code that breaks.</summary>
    public bool AcceptedOnlyIfItCompiles => AnalyzerErrors.Any() || !Compiled.Any(d => d.Severity >= DiagnosticSeverity.Warning);
}
