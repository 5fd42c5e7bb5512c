using Xunit;

namespace ZeroCost.Tests;

/// <summary>The listing checks themselves, on hand-written listings in the JIT's x64 and arm64 wording.</summary>
public sealed class FoldCheckTests
{
    private const string X64Folded = """
        ; Assembly listing for method Ns.Probes:Folded():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
        ; rsp based frame

        G_M000_IG01:                ;; offset=0x0000

        G_M000_IG02:                ;; offset=0x0000
               mov      rax, 0x3FC0000000

        G_M000_IG03:                ;; offset=0x000A
               ret

        ; Total bytes of code 11
        """;

    private const string X64Call = """
        ; Assembly listing for method Ns.Probes:Called():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
        G_M000_IG01:                ;; offset=0x0000
               push     rbp
               sub      rsp, 16
               lea      rbp, [rsp+0x10]
        G_M000_IG02:                ;; offset=0x000A
               mov      edi, 4
               call     [Sample.Virt.VirtMemmap:Get(int):MemmapGen.MemRange]
               mov      qword ptr [rbp-0x10], rax
        G_M000_IG03:                ;; offset=0x0028
               add      rsp, 16
               pop      rbp
               ret
        ; Total bytes of code 46
        """;

    private const string X64StaticLoad = """
        ; Assembly listing for method Ns.Probes:Loaded():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
        G_M000_IG02:                ;; offset=0x0000
               mov      rax, 0x7F1234560000      ; static handle
               mov      rax, qword ptr [rax+0x08]
               ret
        ; Total bytes of code 15
        """;

    private const string X64Zero = """
        ; Assembly listing for method Ns.Probes:Zero():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
        G_M000_IG02:                ;; offset=0x0000
               xor      eax, eax
               ret
        ; Total bytes of code 3
        """;

    private const string Arm64Folded = """
        ; Assembly listing for method Ns.Probes:Folded():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic ARM64 on Linux
        ; fp based frame

        G_M000_IG01:                ;; offset=0x0000
                    stp     fp, lr, [sp, #-0x10]!
                    mov     fp, sp
                                                        ;; size=8 bbWeight=1 PerfScore 1.50
        G_M000_IG02:                ;; offset=0x0008
                    mov     w0, #0x10000
                    movk    w0, #0x801 LSL #16
                                                        ;; size=8 bbWeight=1 PerfScore 1.00
        G_M000_IG03:                ;; offset=0x0010
                    ldp     fp, lr, [sp], #0x10
                    ret     lr

        ; Total bytes of code 24
        """;

    private const string Arm64Loaded = """
        ; Assembly listing for method Ns.Probes:Loaded():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic ARM64 on Linux
        G_M000_IG01:                ;; offset=0x0000
                    stp     fp, lr, [sp, #-0x10]!
                    mov     fp, sp
        G_M000_IG02:                ;; offset=0x0008
                    ldr     x0, [@RWD00]
                    ldp     fp, lr, [sp], #0x10
                    ret     lr
        RWD00  	dq	0000000008010000h
        ; Total bytes of code 20
        """;

    private const string Arm64Called = """
        ; Assembly listing for method Ns.Probes:Called():ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic ARM64 on Linux
        G_M000_IG02:                ;; offset=0x0008
                    mov     w0, #4
                    bl      Sample.Virt.VirtMemmap:Get(int):MemmapGen.MemRange
                    ret     lr
        ; Total bytes of code 12
        """;

    private const string X64FieldLoad = """
        ; Assembly listing for method Ns.Probes:Field(byref):ulong (FullOpts)
        ; Emitting BLENDED_CODE for generic X64 + VEX + EVEX on Unix
        G_M000_IG02:                ;; offset=0x0000
               mov      rax, qword ptr [rdi+0x10]
               ret
        ; Total bytes of code 5
        """;

    [Fact]
    public void A_load_through_the_argument_passes_only_when_allowed()
    {
        var method = Disassembly.Parse(X64FieldLoad)["Field"];
        Assert.Empty(FoldCheck.Violations(method, new[] { "rdi" }));
        Assert.NotEmpty(FoldCheck.Violations(method));
        Assert.NotEmpty(FoldCheck.Violations(Disassembly.Parse(X64StaticLoad)["Loaded"], new[] { "rdi" }));
    }

    [Theory]
    [InlineData(X64Folded, "Folded", 0x3F_C000_0000UL)]
    [InlineData(X64Zero, "Zero", 0UL)]
    [InlineData(Arm64Folded, "Folded", 0x0801_0000UL)]
    public void A_folded_body_passes(string listing, string name, ulong value)
    {
        var method = Disassembly.Parse(listing)[name];
        Assert.True(FoldCheck.MaterializesImmediate(method, value));
        Assert.Empty(FoldCheck.Violations(method));
    }

    [Theory]
    [InlineData(X64Call, "Called", "call")]
    [InlineData(X64StaticLoad, "Loaded", "memory access")]
    [InlineData(Arm64Loaded, "Loaded", "memory access")]
    [InlineData(Arm64Called, "Called", "branch or call")]
    public void A_call_or_load_is_caught(string listing, string name, string reason)
    {
        var method = Disassembly.Parse(listing)[name];
        Assert.Contains(FoldCheck.Violations(method), violation => violation.EndsWith(reason, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_constant_elsewhere_is_not_taken_for_the_result()
    {
        var method = Disassembly.Parse(X64Folded)["Folded"];
        Assert.False(FoldCheck.MaterializesImmediate(method, 0x0801_0000));
    }

    [Fact]
    public void Arm64_wide_constants_are_assembled_from_movz_and_movk()
    {
        var method = Disassembly.Parse(Arm64Folded)["Folded"];
        Assert.False(FoldCheck.MaterializesImmediate(method, 0x801));
        Assert.True(FoldCheck.MaterializesImmediate(method, 0x0801_0000));
    }
}
