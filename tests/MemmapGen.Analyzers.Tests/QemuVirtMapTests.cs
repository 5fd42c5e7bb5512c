using System;
using System.IO;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests;

/// <summary>
/// The sample's full QEMU virt map, read from sample/VirtMachine/VirtRegion.cs and VirtVersion.cs, yields no
/// diagnostics: the test analyzes the sample's own files, so a change to the sample that trips a rule fails here.
/// </summary>
public sealed class QemuVirtMapTests
{
    /// <summary>QEMU's base_memmap, RAM and extended_memmap, as the sample declares them.</summary>
    public static readonly string Regions = SampleFile("VirtRegion.cs");

    /// <summary>The sample's machine versions.</summary>
    public static readonly string Versions = SampleFile("VirtVersion.cs");

    [Fact]
    public Task The_full_qemu_virt_map_yields_no_diagnostics() => Verify(Regions);

    [Fact]
    public Task The_qemu_map_with_a_48_bit_address_width_is_still_clean() =>
        Verify(Regions.Replace("[MemoryMap(TypeName = \"VirtMemmap\"", "[MemoryMap(AddressBits = 48, TypeName = \"VirtMemmap\""));

    [Fact]
    public Task Moving_pvtime_onto_flash_is_one_diagnostic()
    {
        var broken = Regions
            .Replace("[Fixed(0x090A_0000, 0x0001_0000)] Pvtime", "[Fixed({|#0:0x0102_0000|}, 0x0001_0000)] Pvtime")
            .Replace("[Fixed(0x0000_0000, 0x0800_0000)] Flash", "[{|#1:Fixed(0x0000_0000, 0x0800_0000)|}] Flash");
        return Verify(
            broken,
            Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'Pvtime' [0x0102_0000, 0x0102_FFFF] overlaps 'Flash' [0x0000_0000, 0x07FF_FFFF] by 0x1_0000 bytes"));
    }

    private static string SampleFile(string name) =>
        File.ReadAllText(MemmapGen.Testing.RepositoryRoot.Combine("sample", "VirtMachine", name));

    private static Task Verify(string regions, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        Assert.Contains("Pvtime", regions);
        var test = Analyze.Create(regions, addUsings: false);
        test.TestState.Sources.Add(("VirtVersion.cs", Versions));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
