using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace Package.Tests.Infrastructure;

/// <summary>
/// Packs the MemmapGen package once per test run into a temporary feed. The version is unique to the run, so the
/// NuGet global packages folder can never serve a stale package under the same version; the run's entry there is
/// removed afterwards. The repository's own bin/obj are untouched: the build goes to a private artifacts folder.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly ScratchDirectory _scratch = new("package");

    public PackedPackage()
    {
        Version = Repository.Version + "-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
            + ".r" + Guid.NewGuid().ToString("N")[..8];
        Feed = _scratch.Combine("feed");
        PackResult = DotNet.Run(
            Repository.Root,
            "pack", Repository.PackageProject,
            "--configuration", "Release",
            "--output", Feed,
            "--artifacts-path", _scratch.Combine("artifacts"),
            "-p:MemmapGenVersion=" + Version).ShouldSucceed();

        NupkgPath = Path.Combine(Feed, "MemmapGen." + Version + ".nupkg");
        Assert.True(File.Exists(NupkgPath), $"dotnet pack did not write {NupkgPath}. " + PackResult.Describe());

        GlobalPackagesFolder = ReadGlobalPackagesFolder();
        RemoveStaleTestVersions();
    }

    /// <summary>e.g. 0.1.0-test.20260101120000.r1a2b3c4d</summary>
    public string Version { get; }

    /// <summary>The local folder feed holding the package.</summary>
    public string Feed { get; }

    public string NupkgPath { get; }

    internal CommandResult PackResult { get; }

    internal string GlobalPackagesFolder { get; }

    /// <summary>A fresh directory, outside the repository, whose nuget.config adds the feed to the machine's sources.</summary>
    internal Workspace NewWorkspace(string purpose) => new(this, new ScratchDirectory(purpose));

    public void Dispose()
    {
        TryDelete(Path.Combine(GlobalPackagesFolder, "memmapgen", Version.ToLowerInvariant()));
        _scratch.Dispose();
    }

    private string ReadGlobalPackagesFolder()
    {
        var locals = DotNet.Run(_scratch.Path, "nuget", "locals", "global-packages", "--list").ShouldSucceed();
        const string Prefix = "global-packages:";
        var line = locals.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        Assert.True(line is not null, "No global packages folder in: " + locals.Describe());
        return line![Prefix.Length..].Trim();
    }

    /// <summary>Earlier runs that did not get to clean up (a killed test host) leave their versions behind; a day later they go.</summary>
    private void RemoveStaleTestVersions()
    {
        var folder = Path.Combine(GlobalPackagesFolder, "memmapgen");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var version in Directory.GetDirectories(folder, "*-test.*"))
        {
            if (Directory.GetLastWriteTimeUtc(version) < DateTime.UtcNow.AddDays(-1))
            {
                TryDelete(version);
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
