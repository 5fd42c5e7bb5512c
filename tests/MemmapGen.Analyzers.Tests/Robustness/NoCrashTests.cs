using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Robustness;

/// <summary>
/// Half-typed, non-constant, mistyped and extreme declarations: the analyzer never throws (no AD0001), and every
/// diagnostic it reports points into the source.
/// </summary>
public sealed class NoCrashTests
{
    public static TheoryData<string> Declarations => new()
    {
        // Half-typed attributes and arguments.
        "[MemoryMap] enum A { [Fixed(0x1000, )] X }",
        "[MemoryMap] enum A { [Fixed(] X }",
        "[MemoryMap] enum A { [Fixed] X, [Ram] Y, [Floating] Z }",
        "[MemoryMap] enum A { [Fixed(0x1000, 0x1000, Within = )] X }",
        "[MemoryMap(TypeName = )] enum A { X }",
        "[MemoryMap(Versions = )] enum A { X }",
        "[MemoryMap(Versions = typeof(Nope))] enum A { X }",
        "[MemoryMap] enum A { [Fixed(0x1000 0x1000)] X",
        "[MemoryMap] enum A {",
        "[MemoryMap] enum",
        "[MemoryMap] enum A { [Fixed(0, 0x1000)] X, [Fixed(0, 0x1000)] }",
        "[MemoryMap] enum A { [Floating(0x1000, EnabledSince = )] X }",
        // Non-constant arguments, error types, wrong types.
        "[MemoryMap] enum A { [Fixed(System.Environment.TickCount, 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(-1, 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(\"0x10\", 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(Missing.Value, 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = typeof(int))] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = \"X\")] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Alignment = Nope)] X }",
        "[MemoryMap] enum A : Nope { [Fixed(0x10, 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(0, 1)] X = Y, [Fixed(1, 1)] Y = X }",
        "[MemoryMap] enum A { [Nope(0, 1)] X, [Fixed(0, 1)] Y }",
        // Huge and degenerate values.
        "[MemoryMap] enum A { [Fixed(0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF)] X, [Fixed(0xFFFF_FFFF_FFFF_FFFF, 1)] Y }",
        "[MemoryMap] enum A { [Fixed(0, 0xFFFF_FFFF_FFFF_FFFF)] X, [Fixed(0, 0xFFFF_FFFF_FFFF_FFFF, Within = X)] Y, [Fixed(1, 0xFFFF_FFFF_FFFF_FFFF, Within = X)] Z }",
        "[MemoryMap] enum A { [Fixed(0, 0)] X, [Floating(0)] Y, [Floating(3, Alignment = 6)] Z }",
        "[MemoryMap(AddressBits = 1)] enum A { [Ram(1, LegacyLimit = 1)] R, [Fixed(0, 2)] X, [Floating(0x8000_0000_0000_0000)] F }",
        "[MemoryMap(AddressBits = 64)] enum A { [Floating(0x8000_0000_0000_0000, Resizable = true)] X, [Floating(0x8000_0000_0000_0000, Alignment = 0x8000_0000_0000_0000)] Y }",
        "[MemoryMap] enum A { [Ram(0xFFFF_FFFF_FFFF_F000, LegacyLimit = 0xFFFF_FFFF_FFFF_FFFF, DeviceMemoryAlignment = 0x8000_0000_0000_0000, SlotSize = 0xFFFF_FFFF_FFFF_FFFF, MaxSlots = 0xFFFF_FFFF)] R, [Floating(16)] F, [Fixed(0xFFFF_FFFF_FFFF_F000, 0x1000)] X }",
        "[MemoryMap] enum A { [Ram(0)] R, [Ram(0x1000)] S, [Fixed(0, 1)][Floating(1)][Ram(2)] X }",
        "[MemoryMap] enum A : long { [Fixed(0, 1)] X = long.MinValue, [Fixed(1, 1)] Y = long.MaxValue, [Fixed(2, 1)] Z = long.MinValue }",
        "[MemoryMap] enum A : byte { [Fixed(0, 1, Within = C)] X, [Fixed(0, 1, Within = X)] Y, [Fixed(0, 1, Within = Y)] C }",
        // RAM split around holes: half-typed, wrong references, extreme values, mixed with [Ram] and floating regions.
        "[MemoryMap] enum A { [RamBank(] X, [Gap(After = )] G, [Window()] W, [Reserved(0x1000)] R }",
        "[MemoryMap] enum A { [RamBank(0, Limit = , MaxLimit = Nope, RelocatePast = )] X, [RamBank(] Y, [Gap(Before = )] G, [Reserved(, 0x1000)] R }",
        "[MemoryMap] enum A { [RamBank(0, Limit = 1, LargeRamLimit = 0x, LargeRamFrom = -1)] X, [RamBank(0x1000, RelocatePast = R)] Y, [Reserved(0x2000, )] R, [Window(, Alignment = )] W }",
        "[MemoryMap] enum A { [RamBank(0, Limit = 0x1000)] X, [RamBank(0, RelocatePast = X)] Y, [Gap(After = Y, Before = Y)] G, [Gap(After = X, Before = G)] H }",
        "[MemoryMap] enum A { [Fixed(0, 1)] F, [RamBank(0, RelocatePast = F)] X, [Gap(After = F, Before = X)] G, [Window(1, AdvertisedSince = F)] W }",
        "[MemoryMap] enum A { [Ram(0)] R, [RamBank(0x1000, Limit = 1)] X, [RamBank(0x2000)] Y, [Floating(0x1000)] F, [Gap(After = Y, Before = R)] G }",
        "[MemoryMap(CheckGuest32BitSince = 3)] enum A { [RamBank(0xFFFF_FFFF_FFFF_FFFF, RelocatePast = R, DeviceMemoryAlignment = 0x8000_0000_0000_0000, SlotSize = 0xFFFF_FFFF_FFFF_FFFF)] X, [Reserved(0xFFFF_FFFF_FFFF_F000, 0x1000)] R, [Window(0xFFFF_FFFF_FFFF_FFFF, Alignment = 3)] W, [Fixed(0, 1)] F, [Gap(After = X, Before = F)] G }",
        // Containers the generator cannot serve, and things that are not maps.
        "class Outer { [MemoryMap] public enum A { [Fixed(0, 1)] X } }",
        "partial class Outer<T> { class Inner { [MemoryMap] public enum A { [Fixed(0, 1)] X } } }",
        "[MemoryMap] file enum A { [Fixed(0, 1)] X }",
        "[MemoryMap] class A { }",
        "[MemoryMap] enum A { }",
        "enum A { [Fixed(0, 1)] X, [Fixed(0, 1)] Y }",
    };

    [Theory]
    [MemberData(nameof(Declarations))]
    public async Task Analyzer_never_throws(string declaration)
    {
        var run = await AnalyzerRun.RunAsync(declaration, ImmutableArray<AdditionalText>.Empty, ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer()));
        var diagnostics = run.Diagnostics;

        Assert.Empty(run.Exceptions);
        Assert.DoesNotContain(diagnostics, static d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.True(d.Location.IsInSource, d.ToString()));
        Assert.All(diagnostics.SelectMany(static d => d.AdditionalLocations), l => Assert.True(l.IsInSource));
    }
}
