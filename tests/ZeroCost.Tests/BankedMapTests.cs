using Xunit;

namespace ZeroCost.Tests;

/// <summary>
/// The banked x86 maps of the pc sample (Sample.Pc's PcMemmap and Q35Memmap). A fixed region's and a reserved window's
/// constants compile to immediates; a plan's result accessors are loads from the layout and arithmetic, with the
/// declared numbers they use as immediates; a plan allocates nothing. The values are QEMU's (hw/i386/pc.c).
/// </summary>
[Collection(ProbeCollection.Name)]
public sealed class BankedMapTests
{
    private const ulong GiB = 1UL << 30;

    private readonly ProbeRun _run;

    public BankedMapTests(ProbeFixture fixture) => _run = fixture.Run;

    public static TheoryData<string, ulong> Reads => new()
    {
        { "ConstQ35IoApicBase", 0xFEC0_0000 },            // Q35Memmap.IoApicBase
        { "GetQ35IoApicBase", 0xFEC0_0000 },              // Q35Memmap.Get(Q35Region.IoApic).Base: a fixed region
        { "GetQ35IoApicSize", 0x1000 },                   // Q35Memmap.Get(Q35Region.IoApic).Size
        { "GetQ35HyperTransportBase", 0xFD_0000_0000 },   // Q35Memmap.Get(Q35Region.HyperTransport).Base: a reserved window
        { "PropertyQ35HyperTransportLast", 0xFF_FFFF_FFFF }, // Q35Memmap.HyperTransport.Last
        { "GetPcHyperTransportSize", 12 * GiB },          // PcMemmap.Get(PcRegion.HyperTransport).Size
    };

    // The probe's plan: q35, 8 GiB split 2 GiB + 6 GiB from 4 GiB, maxmem 16 GiB with 4 slots (12 GiB of device memory
    // from 10 GiB), the 32 GiB 64-bit hole from 22 GiB.
    public static TheoryData<string, ulong> Accessors => new()
    {
        { "LayoutHighRamBase", 4 * GiB },                 // layout.HighRam.Base
        { "LayoutLastUsedGpa", 54 * GiB - 1 },            // layout.LastUsedGpa
        { "LayoutDeviceMemoryEnd", 22 * GiB },            // layout.DeviceMemory.Base + .Size
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void Fixed_and_reserved_reads_compile_to_immediates(string method, ulong expected) =>
        ProbeAssert.Folded(_run, method, expected);

    [Theory]
    [MemberData(nameof(Accessors))]
    public void Layout_accessors_only_read_the_layout(string method, ulong expected) =>
        ProbeAssert.ReadsOnlyItsArgument(_run, method, expected);

    /// <summary>layout.PciHole.Size is the IoApic's base minus the low bank's end: the base is an immediate, not a load.</summary>
    [Fact]
    public void Gap_size_uses_the_fixed_regions_base_as_an_immediate()
    {
        var method = ProbeAssert.ReadsOnlyItsArgument(_run, "LayoutPciHoleSize", 0xFEC0_0000 - 2 * GiB);
        Assert.True(FoldCheck.MaterializesImmediate(method, 0xFEC0_0000), method.Text);
    }

    /// <summary>Both maps planned 1,000 times after a warm-up, an AMD q35 guest relocated past HyperTransport, e820 walked.</summary>
    [Fact]
    public void A_banked_plan_allocates_nothing()
    {
        Assert.True(_run.Values.TryGetValue("PlanAllocatedBytes", out ulong allocated), _run.Output);
        Assert.Equal(0UL, allocated);
    }
}
