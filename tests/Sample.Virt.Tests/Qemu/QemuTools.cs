using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Sample.Virt.Tests.Qemu;

/// <summary>QEMU's Arm system emulator and the device-tree compiler, found on the PATH, and a way to run them.</summary>
internal static class QemuTools
{
    public const string QemuName = "qemu-system-aarch64", DtcName = "dtc";

    public static string? Qemu { get; } = Find(QemuName);

    public static string? Dtc { get; } = Find(DtcName);

    /// <summary>Why the QEMU comparison cannot run here, or null when it can.</summary>
    public static string? Missing =>
        Qemu is not null && Dtc is not null
            ? null
            : "needs " + string.Join(" and ", new[] { (QemuName, Qemu), (DtcName, Dtc) }.Where(t => t.Item2 is null).Select(t => t.Item1))
              + " on the PATH (Debian: apt-get install qemu-system-arm device-tree-compiler; .ci/run installs them)";

    /// <summary>Runs a tool to its end; returns its exit code and what it wrote to standard error.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + tool);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(tool + " " + string.Join(' ', args) + " did not finish in 120 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
