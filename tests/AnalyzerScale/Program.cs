using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using MemmapGen;
using MemmapGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: dotnet run -c Release --project tests/AnalyzerScale [-- counts...]   (default: 1000 10000)
// For each count, a map of that many 4 KiB fixed regions (every 8th one inside a container, one deliberate
// overlap) is compiled, its attributes and values bound, and then MemoryMapAnalyzer is run; the best of ten runs (after a warm-up at the same size) is printed.
var counts = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 10_000 };
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
    .Split(Path.PathSeparator)
    .Where(static path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
    .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
    .Append(MetadataReference.CreateFromFile(typeof(FixedAttribute).Assembly.Location))
    .ToImmutableArray();

foreach (var count in counts)
{
    Run(count, references, quiet: true, bindFirst: false); // warm-up: JIT and tiering at this size
    Run(count, references, quiet: false, bindFirst: false);
    Run(count, references, quiet: false, bindFirst: true);
}

static void Run(int count, ImmutableArray<MetadataReference> references, bool quiet, bool bindFirst)
{
    var tree = CSharpSyntaxTree.ParseText(Source(count), new CSharpParseOptions(LanguageVersion.CSharp12));
    var best = double.MaxValue;
    var bestAnalyzerOnly = double.MaxValue;
    var reported = 0;
    for (var run = 0; run < 10; run++)
    {
        var compilation = CSharpCompilation.Create("Scale", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Bind declarations (attributes included) first, so the figure is the analyzer's own work.
        _ = compilation.GetDeclarationDiagnostics();
        var enumSymbol = compilation.GetTypeByMetadataName("Scale.Board")!;
        foreach (var member in enumSymbol.GetMembers())
        {
            // Attributes and enum values are work every compilation does anyway (binding, emit); bind them first.
            _ = member.GetAttributes();
            _ = (member as IFieldSymbol)?.ConstantValue;
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer()), options);
        if (bindFirst)
        {
            // The analyzers see their own copy of the compilation: bind that copy's attributes and values too.
            foreach (var member in withAnalyzers.Compilation.GetTypeByMetadataName("Scale.Board")!.GetMembers())
            {
                _ = member.GetAttributes();
                _ = (member as IFieldSymbol)?.ConstantValue;
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(withAnalyzers.Analyzers[0], CancellationToken.None).GetAwaiter().GetResult();
        best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        bestAnalyzerOnly = Math.Min(bestAnalyzerOnly, telemetry.ExecutionTime.TotalMilliseconds);
        reported = diagnostics.Length;
    }

    if (!quiet)
    {
        var what = bindFirst ? "declarations bound first" : "binding included     ";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,6} fixed regions, {what}: {best,7:0.0} ms wall (analyzer driver included), {bestAnalyzerOnly,7:0.0} ms analyzer execution, {reported} diagnostic(s)"));
    }
}

static string Source(int count)
{
    var text = new StringBuilder("using MemmapGen;\nnamespace Scale;\n[MemoryMap]\npublic enum Board\n{\n");
    for (var i = 0; i < count; i++)
    {
        // Groups of 8 pages: the first is a 32 KiB container holding the next 7 (its own page stays free).
        var group = (ulong)(i / 8) * 0x1_0000;
        var slot = i % 8;
        text.Append(slot == 0
            ? $"    [Fixed(0x{group:X}, 0x8000)] R{i},\n"
            : $"    [Fixed(0x{group + ((ulong)slot * 0x1000):X}, 0x1000, Within = R{i - slot})] R{i},\n");
    }

    // One real mistake, so the sweep has something to report.
    text.Append("    [Fixed(0x0, 0x1000)] Clash,\n}\n");
    return text.ToString();
}
