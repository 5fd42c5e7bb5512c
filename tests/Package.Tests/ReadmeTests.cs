using System;
using System.IO;
using Package.Tests.Consumers;
using Package.Tests.Infrastructure;
using Xunit;

namespace Package.Tests;

/// <summary>The README's install section shows the path <see cref="InstallPathTests"/> takes, word for word.</summary>
public sealed class ReadmeTests
{
    private static readonly string Install = InstallSection();

    [Fact]
    public void Install_section_shows_the_tested_map_and_program()
    {
        Assert.Contains("```csharp\n" + BoardApp.Map + "```", Install, StringComparison.Ordinal);
        Assert.Contains("```csharp\n" + BoardApp.Program + "```", Install, StringComparison.Ordinal);
    }

    [Fact]
    public void Install_section_shows_the_tested_commands_and_output()
    {
        Assert.Contains("dotnet add package MemmapGen\n", Install, StringComparison.Ordinal);
        Assert.Contains("dotnet build", Install, StringComparison.Ordinal);
        Assert.Contains("dotnet msbuild -t:ShipMemoryLayout", Install, StringComparison.Ordinal);
        Assert.Contains(BoardApp.OverlappingRegion.Trim(), Install, StringComparison.Ordinal);
        var (line, column) = BoardApp.OverlapBaseLocation();
        Assert.Contains($"BoardRegion.cs({line},{column}): error MMG0001: {BoardApp.OverlapMessage}", Install, StringComparison.Ordinal);
        foreach (var expected in BoardApp.ExpectedLines)
        {
            Assert.Contains("\n" + expected + "\n", Install, StringComparison.Ordinal);
        }
    }

    private static string InstallSection()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## Install\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Install' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }
}
