using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Package.Tests.Consumers;
using Package.Tests.Infrastructure;
using Xunit;

namespace Package.Tests;

/// <summary>
/// The README's install path, step by step: a fresh console project outside the repository, <c>dotnet add package
/// MemmapGen</c> from the test feed, a small map, <c>dotnet build</c> and <c>dotnet run</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class InstallPathTests
{
    /// <summary>The analyzers' overlap rule (DiagnosticIds.FixedOverlap).</summary>
    private const string FixedOverlapId = "MMG0001";

    private readonly PackedPackage _package;

    public InstallPathTests(PackedPackage package) => _package = package;

    [Fact]
    public void Console_app_builds_runs_and_carries_the_package_version()
    {
        using var workspace = _package.NewWorkspace("install");
        var app = NewBoardApp(workspace);

        var build = app.Build("-p:EmitCompilerGeneratedFiles=true").ShouldSucceed();
        var warnings = BuildDiagnostic.Parse(build.Output).Where(d => d.Severity == "warning" && IsCodeDiagnostic(d.Id)).ToList();
        Assert.True(warnings.Count == 0, "The generated code and the map should compile warning-free. " + build.Describe());

        var run = app.Run().ShouldSucceed();
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        foreach (var expected in BoardApp.ExpectedLines)
        {
            Assert.True(lines.Contains(expected), $"Missing line '{expected}'. " + run.Describe());
        }

        foreach (var region in BoardApp.RegionNames)
        {
            Assert.True(lines.Any(l => l.EndsWith(" " + region, StringComparison.Ordinal)), $"The planned layout lacks {region}. " + run.Describe());
        }

        // One version for package and generator: [GeneratedCode] names the package version the code came from.
        var generated = app.ReadGenerated("Board.BoardRegion.Memmap.g.cs");
        var attribute = Regex.Match(generated, @"GeneratedCode\(""MemmapGen"", ""(?<version>[^""]+)""\)");
        Assert.True(attribute.Success, "No [GeneratedCode(\"MemmapGen\", ...)] in the generated file:\n" + generated);
        Assert.Equal(_package.Version, attribute.Groups["version"].Value);
    }

    [Fact]
    public void Overlapping_fixed_region_fails_the_build_at_its_line()
    {
        using var workspace = _package.NewWorkspace("overlap");
        var app = NewBoardApp(workspace);
        app.Write(BoardApp.MapFile, BoardApp.MapWithOverlap());

        var build = app.Build().ShouldFail();
        var (line, column) = BoardApp.OverlapBaseLocation();
        var overlap = BuildDiagnostic.Parse(build.Output).Where(d => d.Id == FixedOverlapId).ToList();
        Assert.True(overlap.Count == 1, $"Expected one error {FixedOverlapId}. " + build.Describe());
        Assert.Equal("error", overlap[0].Severity);
        Assert.Equal(Path.Combine(app.Directory, BoardApp.MapFile), overlap[0].File);
        Assert.Equal((line, column), (overlap[0].Line, overlap[0].Column));
        Assert.StartsWith(BoardApp.OverlapMessage + " (", overlap[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShipMemoryLayout_records_the_declared_layout_next_to_the_project()
    {
        using var workspace = _package.NewWorkspace("ship");
        var app = NewBoardApp(workspace);

        app.MSBuild("-t:ShipMemoryLayout").ShouldSucceed();

        var shipped = app.Read("MemoryLayout.Shipped.txt").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("#MemoryLayout v1", shipped[0]);
        Assert.Contains("Board.BoardRegion fixed Uart base=0x0900_0000 size=0x0000_1000", shipped);
        Assert.Contains(shipped, l => l.StartsWith("Board.BoardRegion ram Mem base=0x4000_0000 ", StringComparison.Ordinal));
        Assert.Contains(shipped, l => l.StartsWith("Board.BoardRegion floating 0 HighPcieEcam size=0x1000_0000", StringComparison.Ordinal));
        Assert.Equal("#MemoryLayout v1", app.Read("MemoryLayout.Unshipped.txt").Trim());

        // The recorded baseline is now an input of every build (AdditionalFiles), and the unchanged map agrees with it.
        app.Build().ShouldSucceed();
    }

    [Fact]
    public void Compiler_older_than_Roslyn_4_8_stops_with_one_MemmapGen_error()
    {
        using var workspace = _package.NewWorkspace("oldcompiler");
        var app = NewBoardApp(workspace);

        // What an older SDK or Visual Studio reports about itself; the package must not let its compiler load the analyzers.
        var build = app.MSBuild("-t:Build", "-p:CompilerApiVersion=roslyn4.7", "-getItem:Analyzer").ShouldFail();
        var errors = BuildDiagnostic.Parse(build.Output).Where(d => d.Severity == "error").Select(d => d.Id).Distinct().ToList();
        Assert.True(errors.SequenceEqual(new[] { "MEMMAPGEN001" }), "Expected error MEMMAPGEN001 alone. " + build.Describe());
        Assert.Contains("Roslyn 4.8", build.Output, StringComparison.Ordinal);
        Assert.Contains("\"Analyzer\"", build.Output, StringComparison.Ordinal); // -getItem printed the final list
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.True(!build.Output.Contains("analyzers/dotnet/cs/MemmapGen", StringComparison.OrdinalIgnoreCase),
            "The package's analyzers should be removed from the compilation. " + build.Describe());
    }

    private static ConsumerProject NewBoardApp(Workspace workspace)
    {
        var app = workspace.NewProject("BoardApp");
        app.AddMemmapGen();
        app.Write(BoardApp.MapFile, BoardApp.Map);
        app.Write("Program.cs", BoardApp.Program);
        return app;
    }

    /// <summary>Compiler and analyzer warnings; SDK notices about the machine (an end-of-life target, say) are not the package's.</summary>
    private static bool IsCodeDiagnostic(string id) => id.StartsWith("CS", StringComparison.Ordinal) || id.StartsWith("MMG", StringComparison.Ordinal);
}
