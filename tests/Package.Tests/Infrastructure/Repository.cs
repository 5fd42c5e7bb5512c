using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Package.Tests.Infrastructure;

/// <summary>The checkout the package is packed from, as recorded when this test project was built.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "generator", "MemmapGen.Package", "MemmapGen.Package.csproj");

    /// <summary>The version the repository builds (<c>MemmapGenVersion</c> in Directory.Build.props).</summary>
    public static string Version { get; } = ReadVersion();

    public static bool Contains(string path) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string FindRoot()
    {
        var root = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "MemmapGenRepositoryRoot").Value!;
        if (!File.Exists(Path.Combine(root, "MemmapGen.sln")))
        {
            throw new InvalidOperationException($"No MemmapGen.sln in {root}: was the test assembly moved from the checkout it was built in?");
        }

        return Path.GetFullPath(root);
    }

    private static string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        return props.Descendants("MemmapGenVersion").Single().Value.Trim();
    }
}
