using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using MemmapGen;
using MemmapGen.Analyzers;
using MemmapGen.Generator;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompileScale;

/// <summary>One size's in-process figures (medians, ms).</summary>
internal sealed record ScaleRow(
    int Regions,
    double Generator,
    double GeneratorParse,
    double GeneratorEmit,
    double Analyzers,
    double AnalyzersWithoutMap,
    double DeclarationAnalyzer,
    double CompatAnalyzer,
    double Incremental,
    double UnrelatedEdit,
    bool OnlyEditedMapRegenerated,
    int GeneratedKiB,
    double CompileGenerated);

/// <summary>
/// Generator and analyzers run in this process as the compiler runs them: a GeneratorDriver, CompilationWithAnalyzers
/// with the baseline as an AdditionalFiles item. Declarations are bound first, as a build has bound them anyway, so the
/// figures are MemmapGen's own work.
/// </summary>
internal static class InProcess
{
    public static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    public static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(static path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(FixedAttribute).Assembly.Location))
            .ToImmutableArray();

    public static ScaleRow Measure(int regions, int warmups, int runs)
    {
        // Two maps of this size in two files (the incremental run edits one), and a file without a map.
        var alpha = SyntheticMap.Source("Alpha", regions);
        var a = CSharpSyntaxTree.ParseText(alpha, Parse, "Alpha.cs");
        var b = CSharpSyntaxTree.ParseText(SyntheticMap.Source("Beta", regions), Parse, "Beta.cs");
        var other = CSharpSyntaxTree.ParseText("namespace Scale; public static class Other { public static int Value => 1; }", Parse, "Other.cs");
        var editedA = CSharpSyntaxTree.ParseText(SyntheticMap.Source("Alpha", regions, edited: true), Parse, "Alpha.cs");
        var editedOther = CSharpSyntaxTree.ParseText("namespace Scale; public static class Other { public static int Value => 2; }", Parse, "Other.cs");
        var baseline = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("MemoryLayout.Shipped.txt", Baseline(Bound(a, other))));

        // First run of a new driver on one map. The split into parsing (the attribute transform) and emitting comes from a second,
        // tracked run, so tracking costs nothing in the headline figure.
        var generated = 0;
        var generator = Timing.Measure(warmups, runs, () =>
        {
            var compilation = Unbound(a, other);
            var watch = Stopwatch.StartNew();
            var driver = Driver(baseline).RunGenerators(compilation);
            watch.Stop();
            generated = driver.GetRunResult().Results.Single().GeneratedSources.Sum(s => s.SourceText.Length) / 1024;
            var tracked = Driver(baseline, track: true).RunGenerators(Unbound(a, other)).GetRunResult().Results.Single();
            var parse = ParseTime(tracked);
            var emit = tracked.TrackedOutputSteps.SelectMany(s => s.Value).Sum(s => s.ElapsedTime.TotalMilliseconds);
            return new[] { Timing.Ms(watch), parse, emit };
        });

        var analyzers = Timing.Measure(warmups, runs, () => Analyze(Bound(a, other), baseline, check: true));

        // The same analyzers on the same declarations without [MemoryMap]: the analyzer driver and the compiler's work on
        // 10,000 attributed members, which any build does. Our callbacks' execution time also includes compiler work they
        // happen to trigger first (syntax nodes, symbols, a semantic model), so MemmapGen's own cost is the difference.
        var plainA = CSharpSyntaxTree.ParseText(WithoutMap(alpha), Parse, "Alpha.cs");
        var withoutMap = Timing.Measure(warmups, runs, () => Analyze(Bound(plainA, other), ImmutableArray<AdditionalText>.Empty, check: false));

        var onlyEdited = true;
        var incremental = Timing.Measure(warmups, runs, () =>
        {
            var compilation = Unbound(a, b, other);
            var driver = Driver(baseline, track: true).RunGenerators(compilation);
            var afterMapEdit = Unbound(editedA, b, other);
            var watch = Stopwatch.StartNew();
            var edited = driver.RunGenerators(afterMapEdit);
            watch.Stop();
            onlyEdited &= OnlyAlphaRegenerated(edited.GetRunResult().Results.Single());

            var afterOtherEdit = Unbound(a, b, editedOther);
            var unrelated = Stopwatch.StartNew();
            driver.RunGenerators(afterOtherEdit);
            unrelated.Stop();
            return new[] { Timing.Ms(watch), Timing.Ms(unrelated) };
        });

        // What compiling the companion costs the compiler: emitting the generator's output minus emitting the input alone.
        // A 10,000-region companion takes about a minute to compile: one cold run there.
        var compile = Timing.Measure(regions >= 10_000 ? 0 : 1, regions >= 10_000 ? 1 : Math.Max(1, runs / 2), () =>
        {
            var input = Bound(a, other);
            var output = Driver(baseline).RunGenerators(input).GetRunResult();
            var withGenerated = input.AddSyntaxTrees(output.GeneratedTrees);
            return new[] { EmitMs(withGenerated) - EmitMs(Bound(a, other)) };
        });

        return new ScaleRow(regions, generator[0], generator[1], generator[2], analyzers[0], withoutMap[0], analyzers[1], analyzers[2], incremental[0], incremental[1], onlyEdited, generated, compile[0]);
    }

    private static double EmitMs(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var watch = Stopwatch.StartNew();
        var result = compilation.Emit(stream);
        watch.Stop();
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        return Timing.Ms(watch);
    }

    /// <summary>
    /// The analyzers (both when none are given) on the compilation: wall time of the analysis, then each analyzer's
    /// execution time as the driver reports it.
    /// </summary>
    public static double[] Analyze(Compilation compilation, ImmutableArray<AdditionalText> baseline, bool check, params DiagnosticAnalyzer[] analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(AsInANewBuild(baseline)), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var all = analyzers.Length > 0 ? analyzers.ToImmutableArray() : ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer(), new LayoutCompatAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(all, options);
        Bind(withAnalyzers.Compilation);
        var watch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        watch.Stop();
        if (check && diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error || d.Id == "AD0001"))
        {
            throw new InvalidOperationException("the synthetic map is not clean:\n" + string.Join("\n", diagnostics.Take(5)));
        }

        return new[] { Timing.Ms(watch) }
            .Concat(all.Select(x => withAnalyzers.GetAnalyzerTelemetryInfoAsync(x, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds))
            .ToArray();
    }

    /// <summary>
    /// New texts with the same content, as each build reads its files afresh: the compat analyzer parses a baseline text
    /// once and reuses it while the same text object comes back (the IDE's case), which a repeated run would otherwise time.
    /// </summary>
    public static ImmutableArray<AdditionalText> AsInANewBuild(ImmutableArray<AdditionalText> files) =>
        files.Select(static f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.GetText()!.ToString())).ToImmutableArray();

    /// <summary>The declaration with [MemoryMap] replaced by an attribute nobody reads.</summary>
    public static string WithoutMap(string source) =>
        source.Replace("[MemoryMap(", "[System.Obsolete(", StringComparison.Ordinal).Replace("TypeName = ", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The transform of ForAttributeWithMetadataName, where the generator calls MapParser.Parse (the step named Maps only
    /// filters its results).
    /// </summary>
    public static double ParseTime(GeneratorRunResult tracked) =>
        tracked.TrackedSteps.Where(s => s.Key.StartsWith("result_ForAttributeWithMetadataName", StringComparison.Ordinal))
            .SelectMany(s => s.Value).Sum(s => s.ElapsedTime.TotalMilliseconds);

    /// <summary>The edited map's step is Modified and regenerated; the other map's stays Cached or Unchanged.</summary>
    private static bool OnlyAlphaRegenerated(GeneratorRunResult result)
    {
        var outputs = result.TrackedSteps[MemmapGenerator.Steps.Maps].SelectMany(s => s.Outputs).ToList();
        string Name(object? value) => (string)value!.GetType().GetProperty("EnumName")!.GetValue(value)!;
        return outputs.Count == 2
            && outputs.Single(o => Name(o.Value) == "Alpha").Reason == IncrementalStepRunReason.Modified
            && outputs.Single(o => Name(o.Value) == "Beta").Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;
    }

    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> additionalFiles, bool track = false, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new MemmapGenerator().AsSourceGenerator() },
            additionalFiles,
            Parse,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>A fresh compilation, as generators get it: nothing bound yet.</summary>
    public static CSharpCompilation Unbound(params SyntaxTree[] trees) =>
        CSharpCompilation.Create("Scale", trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>A fresh compilation with declarations and attributes bound, as the compiler has them when analyzers run.</summary>
    public static CSharpCompilation Bound(params SyntaxTree[] trees) => Bind(Unbound(trees));

    /// <summary>
    /// Binds declarations and attributes. CompilationWithAnalyzers works on its own copy of the compilation (with an event
    /// queue), so analyzer measurements bind that copy: otherwise the analyzers would be charged the compiler's binding.
    /// </summary>
    public static T Bind<T>(T compilation)
        where T : Compilation
    {
        _ = compilation.GetDeclarationDiagnostics();
        foreach (var type in compilation.GlobalNamespace.GetNamespaceMembers().SelectMany(n => n.GetTypeMembers()))
        {
            foreach (var member in type.GetMembers())
            {
                _ = member.GetAttributes();
            }
        }

        return compilation;
    }

    /// <summary>The baseline ShipMemoryLayout would record, from the generator's own baseline output.</summary>
    public static string Generated(string source) =>
        Driver(ImmutableArray<AdditionalText>.Empty).RunGenerators(Bound(CSharpSyntaxTree.ParseText(source, Parse, "Map.cs")))
            .GetRunResult().GeneratedTrees.Single().ToString();

    public static string Baseline(string source) => Baseline(Bound(CSharpSyntaxTree.ParseText(source, Parse, "Map.cs")));

    public static string Baseline(Compilation compilation)
    {
        var driver = Driver(ImmutableArray<AdditionalText>.Empty, options: new BuildProperties("MemmapGenEmitBaseline", "true")).RunGenerators(compilation);
        var lines = driver.GetRunResult().Results.Single().GeneratedSources
            .Where(s => s.HintName.EndsWith(".MemoryLayout.g.cs", StringComparison.Ordinal))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .SelectMany(s => s.SourceText.Lines.Select(l => l.ToString()))
            .Where(l => l.StartsWith("//! ", StringComparison.Ordinal))
            .Select(l => l[4..]);
        return "#MemoryLayout v1\n" + string.Concat(lines.Select(l => l + "\n"));
    }
}
