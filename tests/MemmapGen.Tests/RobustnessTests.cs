using System.Linq;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>Half-typed and wrong declarations: the generator never throws, reports nothing, and is deterministic.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> BrokenDeclarations => new()
    {
        // Half-typed attributes and arguments.
        "[MemoryMap] enum A { [Fixed(0x1000, )] X }",
        "[MemoryMap] enum A { [Fixed(] X }",
        "[MemoryMap] enum A { [Fixed] X, [Ram] Y, [Floating] Z }",
        "[MemoryMap] enum A { [Fixed(0x1000, 0x1000, Within = )] X }",
        "[MemoryMap(TypeName = )] enum A { X }",
        "[MemoryMap(TypeName = \"not an identifier\")] enum A { X }",
        "[MemoryMap(TypeName = null)] enum A { X }",
        "[MemoryMap(TypeName = \"A\")] enum A { X }",
        "[MemoryMap(AddressBits = 99)] enum A { [Floating(1)] X }",
        "[MemoryMap] enum A { [Fixed(0x1000 0x1000)] X",
        "[MemoryMap] enum A {",
        "[MemoryMap] enum",
        // Wrong values and types.
        "[MemoryMap] enum A { [Fixed(-1, 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(\"0x10\", 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(Missing.Value, 0x10)] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = Nope)] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = 3)] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = X)] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = Y)] X, [Fixed(0x10, 0x10, Within = X)] Y }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = B.Q)] X } [MemoryMap] enum B { [Fixed(0, 1)] Q }",
        "[MemoryMap] enum A { [Fixed(0, 0x10)] Y, [Fixed(0x10, 0x10, Within = new[] { Y })] X }",
        "[MemoryMap] enum A { [Floating(0x10, Since = new object[] { 1 })] X }",
        "[MemoryMap] enum A { [Fixed(0x10, 0x10, Within = W)] X, [Floating(0x10)] W }",
        "[MemoryMap] enum A { [Fixed(0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF)] X }",
        "[MemoryMap] enum A { [Fixed(0, 0)] X, [Floating(0)] Y, [Floating(3, Alignment = 6)] Z }",
        "[MemoryMap] enum A { [Floating(0x8000_0000_0000_0000, Resizable = true)] X, [Floating(0xFFFF_FFFF_FFFF_FFFF)] Y }",
        "[MemoryMap] enum A { [Ram(0xFFFF_FFFF_FFFF_F000, LegacyLimit = 0xFFFF_FFFF_FFFF_FFFF, DeviceMemoryAlignment = 0x8000_0000_0000_0000, SlotSize = 0xFFFF_FFFF_FFFF_FFFF, MaxSlots = 0xFFFF_FFFF)] R, [Floating(16)] F }",
        "[MemoryMap] enum A { [Ram(0)] R, [Ram(0x1000)] S }",
        "[MemoryMap] enum A { [Fixed(0, 1)][Floating(1)] X }",
        "[MemoryMap] enum A { [Fixed(0, 1)] X = 1, [Fixed(1, 1)] Y = 1, Z = 1 }",
        "[MemoryMap] enum A : long { [Fixed(0, 1)] X = long.MinValue, [Fixed(1, 1)] Y = long.MaxValue }",
        "[MemoryMap] enum A { [Fixed(0, 1)] X = Y, [Fixed(1, 1)] Y = X }",
        // Containers the generator cannot serve.
        "class Outer { [MemoryMap] public enum A { [Fixed(0, 1)] X } }",
        "partial class Outer<T> { [MemoryMap] public enum A { [Fixed(0, 1)] X } }",
        "file enum Dummy { } [MemoryMap] file enum A { [Fixed(0, 1)] X }",
        "partial struct S { partial record R { [MemoryMap] private enum A { [Fixed(0, 1)] X } } }",
        // Not an enum.
        "[MemoryMap] class A { }",
        "[MemoryMap] enum A { }",
    };

    [Theory]
    [MemberData(nameof(BrokenDeclarations))]
    public void Generator_never_throws_and_is_deterministic(string declaration)
    {
        var source = Maps.Usings + declaration;
        var first = GeneratorHarness.Run(source);
        var second = GeneratorHarness.Run(source);

        Assert.Empty(first.Exceptions);
        Assert.Empty(first.GeneratorDiagnostics); // no CS8785: diagnostics belong to the analyzers
        Assert.Equal(first.Generated.OrderBy(p => p.Key), second.Generated.OrderBy(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(BrokenDeclarations))]
    public void Generated_code_itself_has_no_errors(string declaration)
    {
        // Broken declarations still get a companion class that compiles, so users see their own error, not a cascade.
        var result = GeneratorHarness.Run(Maps.Usings + declaration);
        Assert.DoesNotContain(result.GeneratedCodeDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Two_maps_naming_one_companion_generate_it_once()
    {
        // The analyzers report MMG0013; the generator must not add a duplicate class and a flood of errors to it.
        var first = Maps.Usings + "namespace N; [MemoryMap(TypeName = \"Shared\")] public enum A { [Fixed(0, 0x1000)] X }";
        var second = Maps.Usings + "namespace N; [MemoryMap(TypeName = \"Shared\")] public enum B { [Fixed(0x1000, 0x1000)] Y }";
        var result = GeneratorHarness.Run(first, second);

        Assert.Single(result.Generated);
        Assert.Contains("N.A.Memmap.g.cs", result.Generated.Keys.Single(), System.StringComparison.Ordinal);
        Assert.Empty(result.AllDiagnostics);
    }
}
