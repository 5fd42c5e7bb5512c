using System;
using System.IO;

namespace Package.Tests.Infrastructure;

/// <summary>
/// A fresh directory under the system temp folder, outside the repository, so nothing of the checkout
/// (Directory.Build.props, central package versions, NuGet settings) reaches the projects created in it.
/// Set MEMMAPGEN_KEEP_SCRATCH=1 to keep it for a look after a failure.
/// </summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "memmapgen-" + purpose + "-" + Guid.NewGuid().ToString("N")[..12]);
        if (Repository.Contains(Path))
        {
            throw new InvalidOperationException($"The temp folder {Path} lies inside the repository {Repository.Root}; set TMPDIR elsewhere.");
        }

        Directory.CreateDirectory(Path);

        // Stop MSBuild's upward search here: a stray file in the temp folder must not change what a fresh project sees.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Combine(name), "<Project>\n  <!-- Ends MSBuild's search for this file at the scratch directory. -->\n</Project>\n");
        }
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("MEMMAPGEN_KEEP_SCRATCH") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned eventually anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
