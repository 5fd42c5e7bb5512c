using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace MemmapGen.Testing.Svg;

/// <summary>librsvg's command-line renderer, found on the PATH: a real SVG renderer to draw the samples' pictures with.</summary>
internal static class RsvgConvert
{
    public const string Name = "rsvg-convert";

    public static string? Path { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, Name))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the rendering check cannot run here, or null when it can.</summary>
    public static string? Missing => Path is null
        ? "needs " + Name + " on the PATH (Debian: apt-get install librsvg2-bin; .ci/run installs it)"
        : null;

    /// <summary>Renders <paramref name="svg"/> to PNG bytes at its own size; throws with librsvg's message when it refuses the file.</summary>
    public static byte[] ToPng(string svg)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=png");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + Name);
        var png = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(png);
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(svg);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(Name + " did not finish in 60 s");
        }

        copy.Wait();
        return process.ExitCode == 0
            ? png.ToArray()
            : throw new InvalidOperationException(Name + " exited with " + process.ExitCode + ": " + stderr.Result);
    }
}

/// <summary>A fact that renders with <c>rsvg-convert</c>: skipped, saying what to install, where it is missing.</summary>
public sealed class RsvgFactAttribute : FactAttribute
{
    public RsvgFactAttribute()
    {
        if (RsvgConvert.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}
