using System.Linq;
using System.Threading;
using MemmapGen.Generator.Parsing;
using MemmapGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// The parser reads a member's attributes from syntax when its arguments are literals and its attribute names resolve
/// to exactly one type, and asks the compiler otherwise. Each case checks which way the member went and that both ways
/// give the same model (the fuzz tests check the latter on every random case too).
/// </summary>
public sealed class LiteralReadingTests
{
    [Theory]
    [InlineData("[Fixed(0x1000, 0x1000)]")]
    [InlineData("[Fixed(4096, 0x1000UL)]")]
    [InlineData("[Fixed(0x8000_0000_0000_0000, 0x1000)]")]
    [InlineData("[Fixed((0x1000), 0x1000, Alignment = 0x1000)]")]
    [InlineData("[MemmapGen.Fixed(0x1000, 0x1000)]")]
    [InlineData("[global::MemmapGen.FixedAttribute(0x1000, 0x1000)]")]
    [InlineData("[Fixed(0x1000, 0x1000, Within = A)]")]
    [InlineData("[Fixed(0x1000, 0x1000, @Within = @A)]")]
    [InlineData("[System.Obsolete] [Fixed(0x1000, 0x1000)]")]
    [InlineData("[Fixed(0x1000, 0x1000)][Fixed(0x2000, 0x1000)]")]
    [InlineData("[Floating(0x1000, Resizable = true, Alignment = 0x2000)]")]
    [InlineData("[Ram(0x4000_0000, LegacyLimit = 0x100_0000_0000, MaxSlots = 0xFFFF_FFFF)]")]
    [InlineData("[RamBank(0x1_0000_0000, Limit = 0x1000, LargeRamLimit = 0x800, RelocatePast = A, MaxSlots = 4)]")]
    [InlineData("[RamBank(0x1_0000_0000, Limit = 0x1000, LargeRamLimit = 0x800, LargeRamLimitOptional = false)]")]
    [InlineData("[Reserved(0x1000, 0x1000)]")]
    [InlineData("[Gap(After = A, Before = A)]")]
    [InlineData("[Window(0x1000, Alignment = 0x1000, Requires64BitGuest = false)]")]
    public void Literal_arguments_are_read_from_syntax(string attributes) => AssertRead(attributes, fromSyntax: true);

    [Theory]
    [InlineData("[Fixed(4 * 1024, 0x1000)]")] // an expression
    [InlineData("[Fixed(Units.KiB, 0x1000)]")] // a named constant
    [InlineData("[Fixed(-1, 0x1000)]")] // not convertible (CS1503)
    [InlineData("[Fixed(0x1_0000_0000_0000_0000, 1)]")] // too large for any integer (CS1021)
    [InlineData("[Fixed(0x1000)]")] // no constructor of that arity (CS7036)
    [InlineData("[Fixed(size: 0x1000, @base: 0)]")] // named constructor arguments
    [InlineData("[Fixed('a', 0x1000)]")] // a char
    [InlineData("[Fixed(1.0, 0x1000)]")] // a double
    [InlineData("[field: Fixed(0x1000, 0x1000)]")] // a target specifier
    [InlineData("[Fixed(0x1000, 0x1000, Within = 1)]")] // Within not a member
    [InlineData("[Fixed(0x1000, 0x1000, Within = Map.A)]")] // qualified
    [InlineData("[Fixed(0x1000, 0x1000, Within = new[] { 1 })]")] // an array
    [InlineData("[Fixed(0x1000, 0x1000, Unknown = 1)]")] // no such property (CS0246)
    [InlineData("[Fixed(0x1000, 0x1000, Alignment = 1, Alignment = 2)]")] // named twice (CS0643)
    [InlineData("[Ram(0x4000_0000, MaxSlots = 5L)]")] // long to uint (CS0266)
    [InlineData("[Floating(0x1000, Resizable = 1)]")] // int to bool
    [InlineData("[@Fixed(0x1000, 0x1000)]")] // verbatim: only 'Fixed' is looked up
    [InlineData("[Fixed(0x1000, 0x1000]")] // half-typed
    [InlineData("[Window(0x1000, AdvertisedSince = 1)]")] // a version is always bound
    [InlineData("[Gap(After = 1)]")] // not a member
    public void Anything_else_is_bound_by_the_compiler(string attributes) => AssertRead(attributes, fromSyntax: false);

    [Fact]
    public void An_alias_is_read_when_its_name_finds_one_type()
    {
        AssertRead("[F(0x1000, 0x1000)]", fromSyntax: true, usings: "using F = MemmapGen.FixedAttribute;\n");
    }

    [Fact]
    public void A_name_that_finds_two_types_is_left_to_the_compiler()
    {
        // 'Fixed' (the alias) and 'FixedAttribute' (MemmapGen's) both resolve: C# reports an ambiguity (CS1614).
        AssertRead("[Fixed(0x1000, 0x1000)]", fromSyntax: false, usings: "using Fixed = MemmapGen.RamAttribute;\n");
    }

    [Fact]
    public void An_ambiguous_name_is_left_to_the_compiler()
    {
        AssertRead("[Fixed(0x1000, 0x1000)]", fromSyntax: false, usings: "using Other;\n", extra: "namespace Other { public sealed class FixedAttribute : System.Attribute { public FixedAttribute(ulong a, ulong b) { } } }");
    }

    [Fact]
    public void A_nearer_type_of_the_same_name_is_not_a_region()
    {
        // The enum's own namespace declares FixedAttribute: that is what [Fixed] means there, and it declares no region.
        const string Source = Maps.Usings + """
            namespace Board
            {
                public sealed class FixedAttribute : System.Attribute { public FixedAttribute(ulong a, ulong b) { } }

                [MemoryMap] public enum Map { [Fixed(0x1000, 0x1000)] A, [MemmapGen.Fixed(0x2000, 0x1000)] B }
            }
            """;
        var (spec, fromSyntax) = Parse(Source);
        Assert.Equal(new[] { true, true }, fromSyntax);
        Assert.Equal(Generator.Model.RegionKind.None, spec.Regions[0].Kind);
        Assert.Equal(Generator.Model.RegionKind.Fixed, spec.Regions[1].Kind);
    }

    [Fact]
    public void Within_finds_the_maps_member_before_an_outer_constant()
    {
        const string Source = Maps.Usings + """
            public static partial class Board
            {
                public const int A = 1;

                [MemoryMap] public enum Map { [Fixed(0x1000, 0x2000)] A, [Fixed(0x1000, 0x1000, Within = A)] B }
            }
            """;
        var (spec, fromSyntax) = Parse(Source);
        Assert.Equal(new[] { true, true }, fromSyntax);
        Assert.Equal(0, spec.Regions[1].Within);
    }

    [Fact]
    public void Within_in_a_generic_container_is_left_to_the_compiler()
    {
        // The enum is generic through its container, and no attribute argument can be of a generic type (CS0181).
        const string Source = Maps.Usings + """
            public static partial class Board<T>
            {
                [MemoryMap] public enum Map { [Fixed(0x1000, 0x2000)] A, [Fixed(0x1000, 0x1000, Within = A)] B }
            }
            """;
        var (_, fromSyntax) = Parse(Source);
        Assert.Equal(new[] { true, false }, fromSyntax);
    }

    [Fact]
    public void Within_a_member_declared_twice_is_left_to_the_compiler()
    {
        var (_, fromSyntax) = Parse(Maps.Usings + "[MemoryMap] public enum Map { [Fixed(0, 0x2000)] A, A, [Fixed(0, 0x1000, Within = A)] B }");
        Assert.False(fromSyntax[^1]);
    }

    private static void AssertRead(string attributes, bool fromSyntax, string usings = "", string extra = "")
    {
        var source = Maps.Usings + usings + "[MemoryMap] public enum Map { [Fixed(0, 0x10_0000)] A, " + attributes + " B }\n" + extra;
        var (_, read) = Parse(source);
        Assert.Equal(fromSyntax, read[1]);
    }

    /// <summary>The map read with literal reading (after checking it equals the fully bound reading), and which members were read from syntax.</summary>
    private static (Generator.Model.MapSpec Spec, bool[] FromSyntax) Parse(string source)
    {
        var compilation = GeneratorHarness.Compile(source);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<EnumDeclarationSyntax>().Single(e => e.Identifier.Text == "Map");
        var enumSymbol = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;

        var literal = MapParser.Parse(enumSymbol, model, CancellationToken.None);
        var reader = LiteralAttributeReader.For(enumSymbol, model)!;
        var fromSyntax = enumSymbol.GetMembers().OfType<IFieldSymbol>().Select(f => reader.TryRead(f, CancellationToken.None) is not null).ToArray();
        var bound = MapParser.Parse(enumSymbol, model: null, CancellationToken.None);
        Assert.Equal(bound, literal);
        return (literal, fromSyntax);
    }
}
