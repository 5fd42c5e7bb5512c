using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using CompileScale;

// Usage: dotnet run -c Release --project tests/CompileScale [-- --sizes 10,100,1000,10000] [--runs 7] [--build-runs 9] [--no-build] [--build-only]
//        ... -- --sizes 10000 --profile-loop 20   (analyzers in a loop, for dotnet-trace)
//        ... -- --sizes 1000 --dump Alpha.g.cs      (the generated companion of that size)
//        ... -- --sizes 10000 --projects DIR        (writes the two whole-build projects to DIR and stops)
// Prints markdown tables: in-process generator and analyzer medians per map size with their growth, the incremental
// re-run after a one-region edit, and whole `dotnet build` medians of a project with and without MemmapGen.
var sizes = Option("--sizes", "10,100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var runs = int.Parse(Option("--runs", "7"), CultureInfo.InvariantCulture);
var buildRuns = int.Parse(Option("--build-runs", "9"), CultureInfo.InvariantCulture);
if (Array.IndexOf(args, "--dump") >= 0)
{
    File.WriteAllText(Option("--dump", "Alpha.g.cs"), InProcess.Generated(SyntheticMap.Source("Alpha", sizes.Max())));
    return 0;
}

if (Array.IndexOf(args, "--projects") >= 0)
{
    var (withoutProject, withProject) = BuildTiming.CreateProjects(Path.GetFullPath(Option("--projects", "scale-projects")), sizes.Max());
    Console.WriteLine($"{withoutProject}\n{withProject}");
    return 0;
}

if (Array.IndexOf(args, "--profile-loop") >= 0)
{
    Profile.Loop(sizes.Max(), double.Parse(Option("--profile-loop", "20"), CultureInfo.InvariantCulture));
    return 0;
}


var buildOnly = args.Contains("--build-only");
Console.WriteLine($"Machine: {Cpu()}, {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; load average at start {Load()}");
var allOnlyEdited = true;
if (!buildOnly)
{
    Console.WriteLine($"In-process: median of {runs} runs after 2 warm-ups; the generator gets a fresh compilation, the analyzers a bound one.\n");
    Console.WriteLine("| regions | generator, first run (ms) | of which parse / emit (ms) | generated (KiB) | both analyzers, wall (ms) | MemoryMapAnalyzer / LayoutCompatAnalyzer execution (ms) | both analyzers on the enum without [MemoryMap], wall (ms) | analyzers' own work: the difference of the walls (ms) | growth ×: generator / analyzers' own (n log n) | one-region edit (ms) | edit in another file (ms) | only the edited map regenerated | compiling the generated code (ms) |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|");
    ScaleRow? previous = null;
    foreach (var size in sizes)
    {
        var row = InProcess.Measure(size, warmups: 2, runs);
        var growth = previous is null
            ? "–"
            : F($"{row.Generator / previous.Generator:0.0} / {Own(row) / Own(previous):0.0} ({NLogN(row.Regions) / NLogN(previous.Regions):0.0})");
        Console.WriteLine(F($"| {row.Regions:N0} | {row.Generator:0.0} | {row.GeneratorParse:0.0} / {row.GeneratorEmit:0.0} | {row.GeneratedKiB:N0} | {row.Analyzers:0.0} | {row.DeclarationAnalyzer:0.0} / {row.CompatAnalyzer:0.0} | {row.AnalyzersWithoutMap:0.0} | {Own(row):0.0} | {growth} | {row.Incremental:0.0} | {row.UnrelatedEdit:0.0} | {(row.OnlyEditedMapRegenerated ? "yes" : "NO")} | {row.CompileGenerated:0} |"));
        allOnlyEdited &= row.OnlyEditedMapRegenerated;
        previous = row;
    }

    Profile.Print(sizes.Max(), runs);
}

if (!args.Contains("--no-build"))
{
    var largest = sizes.Max();
    foreach (var result in BuildTiming.Measure(largest, warmups: 1, buildRuns))
    {
        var (without, with) = (result.Without, result.With);
        Console.WriteLine($"\nWhole build of a {largest:N0}-region project, {result.Shape}, {result.Mode} (dotnet build --no-incremental -c Release, median of {buildRuns} alternating runs after 1 warm-up):\n");
        Console.WriteLine("| project | median (s) | runs (s) |");
        Console.WriteLine("|---|---:|---|");
        foreach (var row in new[] { without, with })
        {
            Console.WriteLine(F($"| {row.Project} | {row.MedianSeconds:0.00} | {string.Join(", ", row.Runs.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))} |"));
        }

        Console.WriteLine(F($"\nMemmapGen adds {(with.MedianSeconds / without.MedianSeconds - 1) * 100:0}% to the build ({with.MedianSeconds - without.MedianSeconds:+0.00;-0.00} s). The compiler's own report (-p:ReportAnalyzer=true):\n"));
        foreach (var line in result.Report)
        {
            Console.WriteLine("    " + line);
        }
    }
}

Console.WriteLine($"\nLoad average at the end: {Load()}");
return allOnlyEdited ? 0 : 1;

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

static double NLogN(int n) => n * Math.Log(n);

// What MemmapGen's analyzers add: their wall time on the map less the same run on the enum without [MemoryMap] (never
// below 0.1 ms, the noise floor of the subtraction).
static double Own(ScaleRow row) => Math.Max(0.1, row.Analyzers - row.AnalyzersWithoutMap);

static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

// Other work on the machine skews every figure: say how busy it was.
static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string Cpu()
{
    const string CpuInfo = "/proc/cpuinfo";
    var model = File.Exists(CpuInfo) ? File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
    return model?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
}
