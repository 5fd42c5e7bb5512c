using System;
using System.Linq;
using Package.Tests.Consumers;
using Package.Tests.Infrastructure;
using Xunit;

namespace Package.Tests;

/// <summary>MemmapGen in a VMM made of several projects, each library referencing the package on its own.</summary>
[Collection(PackageCollection.Name)]
public sealed class MultiProjectTests
{
    private readonly PackedPackage _package;

    public MultiProjectTests(PackedPackage package) => _package = package;

    [Fact]
    public void Host_uses_maps_declared_in_two_libraries_and_its_own()
    {
        using var workspace = _package.NewWorkspace("multi");
        var board = NewLibrary(workspace, "Vmm.Board", ("BoardRegion.cs", VmmSolution.BoardRegion), ("BusRegion.cs", VmmSolution.BusRegion));
        var devices = NewLibrary(workspace, "Vmm.Devices", ("DeviceRegion.cs", VmmSolution.DeviceRegion), ("IoRegion.cs", VmmSolution.IoRegion));

        // The host has no reference of its own to MemmapGen: it gets the runtime, generator and analyzers through the libraries.
        var host = workspace.NewProject("Vmm.Host");
        host.AddReference(board);
        host.AddReference(devices);
        host.Write("HostRegion.cs", VmmSolution.HostRegion);
        host.Write("Program.cs", VmmSolution.HostProgram);

        var build = host.Build().ShouldSucceed();
        var warnings = BuildDiagnostic.Parse(build.Output)
            .Where(d => d.Severity == "warning" && (d.Id.StartsWith("CS", StringComparison.Ordinal) || d.Id.StartsWith("MMG", StringComparison.Ordinal)))
            .ToList();
        Assert.True(warnings.Count == 0, "Expected no compiler or MemmapGen warnings. " + build.Describe());

        var run = host.Run().ShouldSucceed();
        Assert.True(
            VmmSolution.ExpectedOutput.SequenceEqual(run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')),
            "Expected:\n" + string.Join("\n", VmmSolution.ExpectedOutput) + "\n" + run.Describe());
    }

    private static ConsumerProject NewLibrary(Workspace workspace, string name, params (string File, string Text)[] sources)
    {
        var library = workspace.NewProject(name, "classlib");
        library.AddMemmapGen();
        library.Delete("Class1.cs");
        foreach (var (file, text) in sources)
        {
            library.Write(file, text);
        }

        return library;
    }
}
