using System;
using System.Diagnostics;
using System.IO;
using MemmapGen.Generator;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// The ShipMemoryLayout target, run the way a user runs it (<c>dotnet msbuild -t:ShipMemoryLayout</c>) on a
/// throwaway project that imports MemmapGen's build files and references the built generator.
/// </summary>
public sealed class ShipMemoryLayoutTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "memmapgen-ship-" + Guid.NewGuid().ToString("N"));

    public ShipMemoryLayoutTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void Ship_creates_the_files_then_promotes_unshipped_lines()
    {
        WriteProject();
        WriteMap("[Fixed(0x1000, 0x1000)] Rom, [Ram(1 * GiB, LegacyLimit = 3 * GiB)] Dram, [Floating(256 * MiB)] Ecam,");

        Ship();
        var shipped = File.ReadAllText(Path.Combine(_directory, "MemoryLayout.Shipped.txt"));
        Assert.Equal(
            "#MemoryLayout v1\n"
            + "Demo.Board ram Dram base=0x4000_0000 window=0xC000_0000 devalign=0x0000_0000 slot=0x0000_0000\n"
            + "Demo.Board fixed Rom base=0x0000_1000 size=0x0000_1000\n"
            + "Demo.Board floating 0 Ecam size=0x1000_0000 align=0x1000_0000\n",
            shipped);
        Assert.Equal("#MemoryLayout v1\n", File.ReadAllText(Path.Combine(_directory, "MemoryLayout.Unshipped.txt")));

        // A region added since, recorded in Unshipped, is promoted by the next release.
        WriteMap("[Fixed(0x1000, 0x1000)] Rom, [Ram(1 * GiB, LegacyLimit = 3 * GiB)] Dram, [Floating(256 * MiB)] Ecam, [Floating(1 * TiB)] Mmio,");
        File.WriteAllText(Path.Combine(_directory, "MemoryLayout.Unshipped.txt"), "#MemoryLayout v1\nDemo.Board floating 1 Mmio size=0x100_0000_0000 align=0x100_0000_0000\n");
        Ship();

        Assert.EndsWith("Demo.Board floating 1 Mmio size=0x100_0000_0000 align=0x100_0000_0000\n", File.ReadAllText(Path.Combine(_directory, "MemoryLayout.Shipped.txt")));
        Assert.Equal("#MemoryLayout v1\n", File.ReadAllText(Path.Combine(_directory, "MemoryLayout.Unshipped.txt")));
    }

    [Fact]
    public void Ship_refuses_a_map_that_does_not_build()
    {
        WriteProject();
        WriteMap("[Fixed(0x1000, 0x1000)] Rom, [Fixed(0x1800, 0x1000)] Uart,");

        var (exit, output) = Run();

        Assert.NotEqual(0, exit);
        Assert.Contains("error MMG0001", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "MemoryLayout.Shipped.txt")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void WriteProject()
    {
        var build = MemmapGen.Testing.RepositoryRoot.Combine("generator", "MemmapGen", "build");
        File.WriteAllText(Path.Combine(_directory, "Demo.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/MemmapGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(MemRange).Assembly.Location}" />
                <Analyzer Include="{typeof(MemmapGenerator).Assembly.Location}" />
                <Analyzer Include="{typeof(MemmapGen.Analyzers.MemoryMapAnalyzer).Assembly.Location}" />
              </ItemGroup>
              <Import Project="{build}/MemmapGen.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Packages.props"), "<Project />");
    }

    private void WriteMap(string members) =>
        File.WriteAllText(Path.Combine(_directory, "Board.cs"), "using MemmapGen;\nusing static MemmapGen.Units;\nnamespace Demo;\n[MemoryMap] public enum Board { " + members + " }\n");

    private void Ship()
    {
        var (exit, output) = Run();
        Assert.True(exit == 0, "ShipMemoryLayout failed:\n" + output);
        Assert.Contains("MemmapGen: recorded", output, StringComparison.Ordinal);
    }

    private (int Exit, string Output) Run()
    {
        var start = new ProcessStartInfo("dotnet", "msbuild -restore -t:ShipMemoryLayout -nologo -v:m Demo.csproj")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "ShipMemoryLayout did not finish in 5 minutes");
        return (process.ExitCode, output.Result + error.Result);
    }
}
