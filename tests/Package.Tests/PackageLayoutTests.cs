using System;
using System.Linq;
using Package.Tests.Infrastructure;
using Xunit;

namespace Package.Tests;

/// <summary>What the MemmapGen package holds and says about itself.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    [Fact]
    public void Package_holds_the_runtime_the_compiler_components_and_the_build_files()
    {
        var expected = new[]
        {
            "LICENSE",
            "MemmapGen.nuspec",
            "PACKAGE.md",
            "analyzers/dotnet/cs/MemmapGen.Analyzers.dll",
            "analyzers/dotnet/cs/MemmapGen.CodeFixes.dll",
            "analyzers/dotnet/cs/MemmapGen.Generator.dll",
            "build/MemmapGen.props",
            "build/MemmapGen.targets",
            "buildTransitive/MemmapGen.Compiler.targets",
            "buildTransitive/MemmapGen.Layout.targets",
            "buildTransitive/MemmapGen.props",
            "buildTransitive/MemmapGen.targets",
            "lib/netstandard2.0/MemmapGen.dll",
            "lib/netstandard2.0/MemmapGen.xml",
        };

        Assert.Equal(expected, new NupkgFile(_package.NupkgPath).Files);
    }

    [Fact]
    public void Nuspec_describes_the_package_and_depends_on_nothing()
    {
        var metadata = new NupkgFile(_package.NupkgPath).Metadata();

        Assert.Equal("MemmapGen", metadata.Element("id")?.Value);
        Assert.Equal(_package.Version, metadata.Element("version")?.Value);
        Assert.Equal("MIT", metadata.Element("license")?.Value);
        Assert.Equal("expression", metadata.Element("license")?.Attribute("type")?.Value);
        Assert.Equal("PACKAGE.md", metadata.Element("readme")?.Value);
        Assert.Equal("https://github.com/memmapgen/memmapgen", metadata.Element("projectUrl")?.Value);
        Assert.Equal("https://github.com/memmapgen/memmapgen", metadata.Element("repository")?.Attribute("url")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element("description")?.Value));
        Assert.Contains("source-generator", (metadata.Element("tags")?.Value ?? string.Empty).Split(' '));

        // The generator and analyzers run inside the compiler: nothing of theirs may become a runtime dependency.
        Assert.Empty(metadata.Descendants("dependency"));
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/MemmapGen.Generator.dll")]
    [InlineData("lib/netstandard2.0/MemmapGen.dll")]
    public void Assemblies_carry_the_package_version(string entry)
    {
        var image = new NupkgFile(_package.NupkgPath).Read(entry);
        Assert.Equal(_package.Version, AssemblyVersions.InformationalVersion(image));
    }

    [Fact]
    public void Package_is_packed_from_a_clean_pack_without_warnings()
    {
        var warnings = BuildDiagnostic.Parse(_package.PackResult.Output).Where(d => d.Severity == "warning").ToList();
        Assert.True(warnings.Count == 0, "dotnet pack warned. " + _package.PackResult.Describe());
        Assert.DoesNotContain("warning NU", _package.PackResult.Output, StringComparison.Ordinal);
    }
}
