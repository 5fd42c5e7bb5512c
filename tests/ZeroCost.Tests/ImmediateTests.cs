using System.Linq;
using Xunit;

namespace ZeroCost.Tests;

/// <summary>
/// Reading a fixed region's base or size compiles to an immediate: each probe method's optimized body holds the
/// constant and has no call, branch or memory load. The expected values are QEMU's (hw/arm/virt.c base_memmap).
/// </summary>
[Collection(ProbeCollection.Name)]
public sealed class ImmediateTests
{
    private readonly ProbeRun _run;

    public ImmediateTests(ProbeFixture fixture) => _run = fixture.Run;

    public static TheoryData<string, ulong> Reads => new()
    {
        { "GetGicCpuBase", 0x0801_0000 },       // VirtMemmap.Get(VirtRegion.GicCpu).Base
        { "GetGicCpuSize", 0x0001_0000 },       // VirtMemmap.Get(VirtRegion.GicCpu).Size
        { "GetPcieMmioLast", 0x3EFE_FFFF },     // VirtMemmap.Get(VirtRegion.PcieMmio).Last, computed from both
        { "GetMemWindowSize", 0x3F_C000_0000 }, // VirtMemmap.Get(VirtRegion.Mem).Size, a 64-bit immediate
        { "ConstGicCpuBase", 0x0801_0000 },     // VirtMemmap.GicCpuBase
        { "ConstFlashSize", 0x0800_0000 },      // VirtMemmap.FlashSize
        { "PackedGicBase", 0x2000_0000 },       // PackedMemmap.Get(PackedRegion.Gic).Base, tables packed in a string literal
        { "PackedGicSize", 0x0002_0000 },       // PackedMemmap.Get(PackedRegion.Gic).Size
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void Read_compiles_to_an_immediate(string method, ulong expected) => AssertFolded(method, expected);

    /// <summary>The MemRange-valued named properties (VirtMemmap.Uart0) should fold the same way.</summary>
    [Fact]
    public void Named_range_property_compiles_to_an_immediate() => AssertFolded("PropertyUart0Base", 0x0900_0000);

    private void AssertFolded(string method, ulong expected) => ProbeAssert.Folded(_run, method, expected);

    [Fact]
    public void Every_probe_method_is_listed()
    {
        var missing = _run.Values.Keys.Where(name => !_run.Methods.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, $"no JIT listing for {string.Join(", ", missing)}:\n{_run.Listing}");
    }
}
