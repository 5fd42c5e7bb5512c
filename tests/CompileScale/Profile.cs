using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using MemmapGen.Analyzers;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompileScale;

/// <summary>
/// Where analyzer time goes, from the outside: binding the declarations (the compiler's work, for scale: the parser
/// reads literal arguments from syntax and does not pay it), the parse (timed as the generator's parse step, the same
/// MapParser.Parse), each analyzer alone, the compat analyzer with and without a baseline, and a map of plain fixed
/// regions (no containers).
/// </summary>
internal static class Profile
{
    public static void Print(int regions, int runs)
    {
        var source = SyntheticMap.Source("Alpha", regions);
        var tree = CSharpSyntaxTree.ParseText(source, InProcess.Parse, "Alpha.cs");
        var flat = CSharpSyntaxTree.ParseText(FlatSource(regions), InProcess.Parse, "Flat.cs");
        var plain = CSharpSyntaxTree.ParseText(InProcess.WithoutMap(source), InProcess.Parse, "Plain.cs");
        var baseline = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("MemoryLayout.Shipped.txt", InProcess.Baseline(InProcess.Bound(tree))));
        var none = ImmutableArray<AdditionalText>.Empty;

        var parse = Timing.Measure(2, runs, () => new[] { InProcess.ParseTime(InProcess.Driver(none, track: true).RunGenerators(InProcess.Unbound(tree)).GetRunResult().Results.Single()) })[0];
        Console.WriteLine($"\nWhere the analyzer time of {regions:N0} regions goes (median of {runs}, ms; execution time as the analyzer driver reports it):\n");
        Console.WriteLine("| what | ms |");
        Console.WriteLine("|---|---:|");
        var binding = Timing.Measure(2, runs, () =>
        {
            var compilation = CSharpCompilation.Create("Scale", new[] { tree }, InProcess.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var watch = Stopwatch.StartNew();
            InProcess.Bind(compilation);
            return new[] { Timing.Ms(watch) };
        })[0];
        Row("the compiler binding the declarations and their attributes (work every build does; for scale)", binding);
        Row("MapParser.Parse on a fresh compilation (the generator's parse step: literal arguments read from syntax)", parse);
        Row("MemoryMapAnalyzer alone (parse + declaration rules)", Analyze(tree, none, new MemoryMapAnalyzer(), runs));
        Row("MemoryMapAnalyzer alone, same count of fixed regions without containers", Analyze(flat, none, new MemoryMapAnalyzer(), runs));
        Row("LayoutCompatAnalyzer alone, no baseline (parse + source locator)", Analyze(tree, none, new LayoutCompatAnalyzer(), runs));
        Row("LayoutCompatAnalyzer alone, with the matching baseline", Analyze(tree, baseline, new LayoutCompatAnalyzer(), runs));
        Row("both analyzers, with the baseline", Analyze(tree, baseline, null, runs));
        Row("both analyzers on the same enum without [MemoryMap] (what the analyzer driver costs them)", Analyze(plain, none, null, runs));
    }

    /// <summary>Runs both analyzers on the map again and again, for a sampling profiler (dotnet-trace) to attach to.</summary>
    public static void Loop(int regions, double seconds)
    {
        var tree = CSharpSyntaxTree.ParseText(SyntheticMap.Source("Alpha", regions), InProcess.Parse, "Alpha.cs");
        var baseline = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("MemoryLayout.Shipped.txt", InProcess.Baseline(InProcess.Bound(tree))));
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            Analyze(tree, baseline, null, 1);
            count++;
        }

        Console.WriteLine($"{count} analyses of {regions:N0} regions in {watch.Elapsed.TotalSeconds:0} s");
    }

    private static void Row(string what, double ms) => Console.WriteLine(FormattableString.Invariant($"| {what} | {ms:0.0} |"));

    /// <summary>Execution time of one analyzer (or the wall time of both when <paramref name="analyzer"/> is null), median of runs.</summary>
    private static double Analyze(SyntaxTree tree, ImmutableArray<AdditionalText> files, DiagnosticAnalyzer? analyzer, int runs) =>
        Timing.Measure(2, runs, () =>
        {
            var times = analyzer is null
                ? InProcess.Analyze(InProcess.Bound(tree), files, check: false)
                : InProcess.Analyze(InProcess.Bound(tree), files, check: false, analyzer);
            return new[] { analyzer is null ? times[0] : times[1] };
        })[0];

    private static string FlatSource(int regions) =>
        "using MemmapGen;\nnamespace Scale;\n[MemoryMap]\npublic enum Flat\n{\n"
        + string.Concat(Enumerable.Range(0, regions).Select(i => FormattableString.Invariant($"    [Fixed(0x{(ulong)i * 0x1000:X}, 0x1000)] R{i},\n")))
        + "}\n";
}
