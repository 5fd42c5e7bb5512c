using System;
using System.IO;

namespace MemmapGen.Testing;

/// <summary>The checkout a test assembly runs from: the first folder above it holding MemmapGen.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path inside the checkout.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MemmapGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MemmapGen.sln not found above " + AppContext.BaseDirectory);
    }
}
