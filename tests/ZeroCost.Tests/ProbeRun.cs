using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ZeroCost.Tests;

/// <summary>
/// One run of the probe under the JIT's disassembler: full optimization from the first call (no tiering), every
/// method of the probe class listed into a file of its own so the program's output stays separate.
/// </summary>
public sealed class ProbeRun
{
    /// <summary>The JIT method pattern: every method of the probe class.</summary>
    public const string MethodPattern = "ZeroCost.Probe.Probes:*";

    private ProbeRun(string probePath, string output, string listing)
    {
        ProbePath = probePath;
        Output = output;
        Listing = listing;
        Methods = Disassembly.Parse(listing);
    }

    public string ProbePath { get; }

    /// <summary>What the probe printed: one "name=0xVALUE" line per probe method.</summary>
    public string Output { get; }

    /// <summary>The JIT's whole listing, for failure messages.</summary>
    public string Listing { get; }

    public IReadOnlyDictionary<string, Disassembly> Methods { get; }

    /// <summary>The values the probe printed, by method name.</summary>
    public IReadOnlyDictionary<string, ulong> Values => Output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('=', 2))
        .Where(parts => parts.Length == 2 && parts[1].StartsWith("0x", StringComparison.Ordinal))
        .ToDictionary(parts => parts[0], parts => Convert.ToUInt64(parts[1][2..], 16));

    public static ProbeRun Start()
    {
        string probePath = LocateProbe();
        string listingPath = Path.Combine(Path.GetTempPath(), "zerocost-" + Guid.NewGuid().ToString("N") + ".asm");
        try
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(probePath);
            foreach (string name in InheritedJitSettings())
                start.Environment.Remove(name);
            start.Environment["DOTNET_TieredCompilation"] = "0";
            start.Environment["DOTNET_JitDisasm"] = MethodPattern;
            start.Environment["DOTNET_JitStdOutFile"] = listingPath;

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the probe did not finish: " + probePath);
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"the probe exited with {process.ExitCode}:\n{stdout}\n{stderr.Result}");

            string listing = File.Exists(listingPath) ? File.ReadAllText(listingPath) : string.Empty;
            return new ProbeRun(probePath, stdout, listing);
        }
        finally
        {
            File.Delete(listingPath);
        }
    }

    // Builds the probe in Release, outside any solution build: a Debug build of the sample is marked non-optimizable
    // and the JIT inlines nothing from it, and a solution build maps every project to the solution's configuration.
    private static string LocateProbe()
    {
        string root = MemmapGen.Testing.RepositoryRoot.Path;
        string project = Path.Combine(root, "tests", "ZeroCost.Probe", "ZeroCost.Probe.csproj");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (string argument in new[] { "build", project, "-c", "Release", "-nologo", "-v:q", "-p:UseSharedCompilation=false" })
            start.ArgumentList.Add(argument);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("building the probe did not finish");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"building the probe failed:\n{stdout}\n{stderr.Result}");

        string path = Path.Combine(root, "tests", "ZeroCost.Probe", "bin", "Release", "net10.0", "ZeroCost.Probe.dll");
        if (!File.Exists(path))
            throw new FileNotFoundException("the probe was not built where expected", path);
        return path;
    }

    // The SDK tells child processes which host it runs under; otherwise the one on PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    // Settings from the caller's environment that would change what the JIT compiles or prints.
    private static IEnumerable<string> InheritedJitSettings() => Environment.GetEnvironmentVariables().Keys
        .Cast<string>()
        .Where(name => name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase))
        .Where(name => name.Contains("Jit", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Tiered", StringComparison.OrdinalIgnoreCase)
            || name.Contains("ReadyToRun", StringComparison.OrdinalIgnoreCase)
            || name.Contains("PGO", StringComparison.OrdinalIgnoreCase))
        .ToList();
}
