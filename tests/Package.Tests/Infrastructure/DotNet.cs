using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Package.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user would, with a fixed timeout per command and all output captured. Build
/// servers and node reuse are off: a lingering MSBuild node or compiler server would hold the output pipes open
/// and outlive the test.
/// </summary>
internal static class DotNet
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait for the output pipes to close once the process has exited.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private static readonly string Executable =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var command = "dotnet " + string.Join(" ", arguments.Select(Quote));
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        ConfigureEnvironment(start.Environment);

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + command);
        process.StandardInput.Close(); // nothing may prompt
        var pumps = new[] { Pump(process.StandardOutput, output), Pump(process.StandardError, output) };

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(DrainTimeout);
            Task.WaitAll(pumps, DrainTimeout);
            Assert.Fail($"`{command}` in {workingDirectory} did not finish within {Timeout.TotalMinutes} minutes and was killed. Output so far:\n{Text(output)}");
        }

        // A grandchild that kept the pipes open must not hang the test: take what has arrived.
        Task.WaitAll(pumps, DrainTimeout);
        return new CommandResult(command, workingDirectory, process.ExitCode, Text(output), stopwatch.Elapsed);
    }

    private static void ConfigureEnvironment(IDictionary<string, string?> environment)
    {
        // The test host runs inside `dotnet test`, whose MSBuild settings must not leak into the user's build.
        foreach (var key in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(key);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        // MSBuild reads environment variables as properties: no compiler server for any command either.
        environment["UseSharedCompilation"] = "false";
    }

    private static Task Pump(StreamReader reader, StringBuilder output) => Task.Run(async () =>
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    });

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Quote(string argument) => argument.Contains(' ') ? "\"" + argument + "\"" : argument;
}
