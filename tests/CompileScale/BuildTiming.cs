using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CompileScale;

/// <summary>Median wall time of `dotnet build` for one project.</summary>
internal sealed record BuildRow(string Project, double MedianSeconds, IReadOnlyList<double> Runs);

/// <summary>One project shape in one compiler mode: both projects' rows, and what the compiler's analyzer report says about MemmapGen.</summary>
internal sealed record BuildComparison(string Shape, string Mode, BuildRow Without, BuildRow With, IReadOnlyList<string> Report);

/// <summary>
/// Whole-build cost: two throwaway projects with the same map and the same reference to the MemmapGen runtime, one with
/// the generator and analyzers (and the map's baseline), one without; once with ordinary code beside the map (a device
/// model, as a VMM has) and once with the map alone, the strictest case. Each is restored once, then built with
/// --no-incremental, alternating, several times, in each compiler mode: a new compiler process per build
/// (UseSharedCompilation=false, what CI machines and this repository's environment do) and the build server
/// (UseSharedCompilation=true, the SDK's default on a developer's machine: the compiler and the analyzers stay warm).
/// </summary>
internal static class BuildTiming
{
    public static IReadOnlyList<BuildComparison> Measure(int regions, int warmups, int runs)
    {
        var root = Path.Combine(Path.GetTempPath(), "memmapgen-compilescale-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var results = new List<BuildComparison>();
            foreach (var (shape, withCode) in new[] { ("the map and a device model", true), ("the map alone", false) })
            {
                var (without, with) = CreateProjects(Path.Combine(root, withCode ? "code" : "bare"), regions, withCode);
                foreach (var project in new[] { without, with })
                {
                    Dotnet(project, "restore", "-nologo", "-v:q");
                }

                foreach (var (mode, shared) in new[] { ("a new compiler process per build", "false"), ("the build server", "true") })
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

                    results.Add(new BuildComparison(shape, mode, Row("without MemmapGen", times[without]), Row("with MemmapGen", times[with]), AnalyzerReport(with, shared)));
                }

                // The build server would otherwise stay up, and the next shape's builds in a new process would share the machine with it.
                Dotnet(without, "build-server", "shutdown");
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
    /// Writes the two projects (folders Without and With) under <paramref name="root"/>, with the device model's source
    /// beside the map unless <paramref name="withCode"/> is false; kept by `--projects` for experiments by hand (a
    /// profiler, a binary log).
    /// </summary>
    public static (string Without, string With) CreateProjects(string root, int regions, bool withCode = true)
    {
        var here = AppContext.BaseDirectory;
        var source = SyntheticMap.Source("Alpha", regions);

        // Stops MSBuild from importing any Directory.Build.* above the folder.
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        var without = Create(root, "Without", source, withCode, here, withMemmapGen: false);
        var with = Create(root, "With", source, withCode, here, withMemmapGen: true);
        File.WriteAllText(Path.Combine(with, "MemoryLayout.Shipped.txt"), InProcess.Baseline(source));
        return (without, with);
    }

    private static BuildRow Row(string name, List<double> runs) => new(name, Timing.Median(runs), runs);

    private static string Create(string root, string name, string source, bool withCode, string here, bool withMemmapGen)
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
        if (withCode)
        {
            File.WriteAllText(Path.Combine(folder, DeviceModel.FileName), DeviceModel.Source);
        }

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
