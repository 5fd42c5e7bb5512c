using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CompileScale;

/// <summary>Median wall time of `dotnet build` for one project, and what the compiler's analyzer report says about MemmapGen.</summary>
internal sealed record BuildRow(string Project, double MedianSeconds, IReadOnlyList<double> Runs);

/// <summary>
/// Whole-build cost: two throwaway projects with the same map and the same reference to the MemmapGen runtime, one with
/// the generator and analyzers (and the map's baseline), one without. Each is restored once, then built with
/// --no-incremental, alternating, several times, in each compiler mode: a new compiler process per build
/// (UseSharedCompilation=false, what CI machines and this repository's environment do) and the build server
/// (UseSharedCompilation=true, the SDK's default on a developer's machine: the compiler and the analyzers stay warm).
/// </summary>
internal static class BuildTiming
{
    public static IReadOnlyList<(string Mode, BuildRow Without, BuildRow With, IReadOnlyList<string> Report)> Measure(int regions, int warmups, int runs)
    {
        var root = Path.Combine(Path.GetTempPath(), "memmapgen-compilescale-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (without, with) = CreateProjects(root, regions);
            foreach (var project in new[] { without, with })
            {
                Dotnet(project, "restore", "-nologo", "-v:q");
            }

            var results = new List<(string, BuildRow, BuildRow, IReadOnlyList<string>)>();
            foreach (var (mode, shared) in new[] { ("a new compiler process per build", "false"), ("build server", "true") })
            {
                var times = new Dictionary<string, List<double>> { [without] = new(), [with] = new() };
                for (var i = 0; i < warmups + runs; i++)
                {
                    foreach (var project in new[] { without, with })
                    {
                        var seconds = Dotnet(project, "build", "--no-restore", "--no-incremental", "-c", "Release", "-nologo", "-v:q", "-p:UseSharedCompilation=" + shared);
                        if (i >= warmups)
                        {
                            times[project].Add(seconds);
                        }
                    }
                }

                results.Add((mode, Row("without MemmapGen", times[without]), Row("with MemmapGen", times[with]), AnalyzerReport(with, shared)));
            }

            return results;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the folder is in the temp directory.
            }
        }
    }

    /// <summary>
    /// Writes the two projects (folders Without and With) under <paramref name="root"/>; kept by `--projects` for
    /// experiments by hand (a profiler, a binary log).
    /// </summary>
    public static (string Without, string With) CreateProjects(string root, int regions)
    {
        var here = AppContext.BaseDirectory;
        var source = SyntheticMap.Source("Alpha", regions);

        // Stops MSBuild from importing any Directory.Build.* above the folder.
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        var without = Create(root, "Without", source, here, withMemmapGen: false);
        var with = Create(root, "With", source, here, withMemmapGen: true);
        File.WriteAllText(Path.Combine(with, "MemoryLayout.Shipped.txt"), InProcess.Baseline(source));
        return (without, with);
    }

    private static BuildRow Row(string name, List<double> runs) => new(name, Timing.Median(runs), runs);

    private static string Create(string root, string name, string source, string here, bool withMemmapGen)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        var memmapgen = withMemmapGen
            ? $"""
                <Analyzer Include="{Path.Combine(here, "MemmapGen.Generator.dll")}" />
                <Analyzer Include="{Path.Combine(here, "MemmapGen.Analyzers.dll")}" />
                <AdditionalFiles Include="MemoryLayout.Shipped.txt" />
              """
            : string.Empty;
        File.WriteAllText(Path.Combine(folder, "Scale.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <LangVersion>12.0</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="MemmapGen"><HintPath>{Path.Combine(here, "MemmapGen.dll")}</HintPath></Reference>
            {memmapgen}  </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Map.cs"), source);
        return folder;
    }

    /// <summary>One build with the compiler's analyzer report: the lines about MemmapGen and the totals.</summary>
    private static IReadOnlyList<string> AnalyzerReport(string project, string shared)
    {
        var output = new List<string>();
        Dotnet(project, output, "build", "--no-restore", "--no-incremental", "-c", "Release", "-nologo", "-v:d", "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=" + shared);
        return output
            .Where(l => l.Contains("MemmapGen", StringComparison.Ordinal) && l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])
                || l.Contains("Total analyzer execution time", StringComparison.Ordinal)
                || l.Contains("Total generator execution time", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Distinct()
            .ToList();
    }

    private static double Dotnet(string project, params string[] arguments) => Dotnet(project, null, arguments);

    private static double Dotnet(string project, List<string>? output, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {project}:\n{stdout.Result}\n{stderr.Result}");
        }

        output?.AddRange(stdout.Result.Split('\n'));
        return watch.Elapsed.TotalSeconds;
    }
}
