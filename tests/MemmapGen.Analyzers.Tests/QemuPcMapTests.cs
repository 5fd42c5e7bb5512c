using System.IO;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MemmapGen.Analyzers.Tests;

/// <summary>
/// The sample's QEMU i440FX and Q35 maps (sample/PcMachine), declared with RAM banks, yield no diagnostics: the low
/// bank may be configured up to 4 GiB, but its gap ends at the IOAPIC, and the high bank relocates past the
/// HyperTransport window it would otherwise cover.
/// </summary>
public sealed class QemuPcMapTests
{
    [Theory]
    [InlineData("PcRegion.cs", "PcVersion.cs")]
    [InlineData("Q35Region.cs", "Q35Version.cs")]
    public Task The_qemu_x86_maps_yield_no_diagnostics(string regions, string versions) =>
        Verify(SampleFile(regions), SampleFile(versions));

    [Fact]
    public Task A_low_bank_limit_above_its_max_limit_is_one_diagnostic()
    {
        var broken = SampleFile("PcRegion.cs")
            .Replace("Limit = 0xE000_0000, MaxLimit = 4 * GiB", "{|#0:Limit = 0xE000_0000|}, {|#1:MaxLimit = 0xD000_0000|}");
        return Verify(
            broken,
            SampleFile("PcVersion.cs"),
            Analyze.Diagnostic("MMG0036").WithLocation(0).WithLocation(1)
                .WithMessage("Limit 0xE000_0000 of bank 'LowRam' is above its MaxLimit 0xD000_0000; every plan that keeps the declared limit fails"));
    }

    internal static string SampleFile(string name) =>
        File.ReadAllText(MemmapGen.Testing.RepositoryRoot.Combine("sample", "PcMachine", name));

    internal static Task Verify(string regions, string versions, params DiagnosticResult[] expected)
    {
        Assert.Contains("RamBank", regions);
        var test = Analyze.Create(regions, addUsings: false);
        test.TestState.Sources.Add(("Versions.cs", versions));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
