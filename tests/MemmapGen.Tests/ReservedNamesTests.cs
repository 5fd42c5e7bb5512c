using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MemmapGen.Generator;
using MemmapGen.Generator.Emitting;
using MemmapGen.Generator.Parsing;
using MemmapGen.Generator.Planning;
using MemmapGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// Every member the companion, <c>PlanOptions</c> and <c>Layout</c> declare is either a region's (claimed around the
/// reserved names) or listed in <see cref="ReservedNames"/>: a member added to an emitter without reserving its name
/// could be taken by a region of that name, and the generated code would not compile.
/// </summary>
public sealed class ReservedNamesTests
{
    /// <summary>Explicit values in a map too large for a switch, versions, resizable regions and the loop planner.</summary>
    private static readonly string LargeMap = Maps.Usings + """
        namespace Large;

        public enum LargeVersion
        {
            [MachineVersion("large-1", Layout = FloatingLayout.Legacy)] V1,
            [MachineVersion("large-2")] V2,
        }

        [MemoryMap(TypeName = "LargeMap", Versions = typeof(LargeVersion))]
        public enum LargeRegion : long
        {
        """
        + string.Join("\n", Enumerable.Range(0, IndexEmitter.SwitchLimit + 8).Select(i => $"    [Fixed(0x{(ulong)i * 0x1000:X}, 0x1000)] P{i} = {i * 3 - 7},"))
        + "\n    [Ram(0x4000_0000, LegacyLimit = 0x1_0000_0000, SlotSize = 0x4000_0000, MaxSlots = 4)] Dram = 100000,\n"
        + string.Join("\n", Enumerable.Range(0, EmitContext.StraightLineLimit + 8).Select(i =>
            $"    [Floating(0x{1UL << (i % 8 + 20):X}{(i % 5 == 1 ? ", Resizable = true" : string.Empty)}"
            + $"{(i % 7 == 2 ? ", EnabledSince = LargeVersion.V2" : string.Empty)})] F{i} = {200000 + i},"))
        + "\n}\n";

    public static TheoryData<string, string> Sources => new()
    {
        { nameof(Maps.Board), Maps.Board },
        { nameof(Maps.Clashing), Maps.Clashing },
        { nameof(Maps.FixedOnly), Maps.FixedOnly },
        { nameof(Maps.Versioned), Maps.Versioned },
        { nameof(LargeMap), LargeMap },
        { nameof(Maps.Banked), Maps.Banked },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_generated_member_name_is_reserved_or_a_regions(string map, string source)
    {
        var result = GeneratorHarness.Run(source);
        Assert.Empty(result.AllDiagnostics);
        var enumSymbol = MapEnum(result.Output);
        var spec = MapParser.Parse(enumSymbol, model: null, CancellationToken.None);
        var context = new EmitContext(spec, MemmapGenerator.Version);
        var names = context.Names;

        var companion = ((INamespaceOrTypeSymbol?)enumSymbol.ContainingType ?? enumSymbol.ContainingNamespace)
            .GetTypeMembers(spec.TypeName).Single();
        var planOptions = companion.GetTypeMembers("PlanOptions").Single();
        var layout = companion.GetTypeMembers("Layout").Single();
        var layoutReserved = ReservedNames.Layout
            .Concat(context.Floating.Select((_, index) => ReservedNames.LayoutSizeField(index)))
            .Concat(ReservedNames.SplitLayoutFields(spec.Banks.Count, spec.Windows.Count, spec.Reserved.Count));

        AssertReserved(map, companion, ReservedNames.Companion,
            names.SelectMany(region => new[] { region.Range, region.Base, region.Size, region.Last, region.Alignment }));
        AssertReserved(map, planOptions, ReservedNames.PlanOptions, names.SelectMany(region => new[]
        {
            region.Enable, region.RaisedSize, region.Limit, region.LargeRamLimit, region.Avoid, region.Enforce, region.WindowSize,
            region.Advertise,
        }));
        AssertReserved(map, layout, layoutReserved, names.SelectMany(region => new[]
        {
            region.Placement, region.Relocated, region.Active, region.Advertised,
        }));
    }

    /// <summary>
    /// The members <paramref name="type"/> declares, less the names its regions claimed, are all in <paramref name="reserved"/>;
    /// and each claimed name is declared (so the walk below sees what the generator wrote).
    /// </summary>
    private static void AssertReserved(string map, INamedTypeSymbol type, IEnumerable<string> reserved, IEnumerable<string> claimed)
    {
        var declared = DeclaredNames(type);
        var regions = claimed.Where(name => name.Length != 0).Select(name => name.TrimStart('@')).ToHashSet();
        Assert.Empty(regions.Except(declared));

        var unreserved = declared.Except(regions).Except(reserved).OrderBy(name => name, StringComparer.Ordinal).ToList();
        Assert.True(
            unreserved.Count == 0,
            $"{map}: {type.Name} declares {string.Join(", ", unreserved)}, which ReservedNames does not list");
        Assert.NotEmpty(declared.Except(regions));
    }

    /// <summary>Names of the members written in the type's source: fields, properties, methods, nested types.</summary>
    private static HashSet<string> DeclaredNames(INamedTypeSymbol type) =>
        type.GetMembers()
            .Where(member => !member.IsImplicitlyDeclared)
            .Where(member => member is not IMethodSymbol method || method.MethodKind == MethodKind.Ordinary)
            .Select(member => member.Name)
            .ToHashSet();

    private static INamedTypeSymbol MapEnum(Compilation compilation) =>
        compilation.SyntaxTrees
            .Where(tree => !tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
            .SelectMany(tree =>
            {
                var model = compilation.GetSemanticModel(tree);
                return tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax>()
                    .Select(declaration => (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!);
            })
            .Single(symbol => symbol.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "MemoryMapAttribute"));
}
