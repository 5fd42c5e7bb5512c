using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using MemmapGen.Generator;
using MemmapGen.Property.Tests.Model;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>
/// A shape's generated planner, compiled once (generator as the compiler runs it, overflow checks on) and loaded into a
/// collectible context; <see cref="Plan"/> and <see cref="Find"/> call it through the shape's probe.
/// </summary>
internal sealed class CompiledPlanner : IDisposable
{
    private delegate int PlanProbe(ulong ram, ulong maxRam, ulong slots, int bits, int layout, int version, byte[] enable, ulong[] size, ulong[] bases, ulong[] sizes, int[] states, ulong[] memory);

    private readonly AssemblyLoadContext _context;
    private readonly PlanProbe _plan;
    private readonly Func<ulong, int> _find;
    private readonly int _floating;

    private CompiledPlanner(AssemblyLoadContext context, Assembly assembly, int floating)
    {
        _context = context;
        _floating = floating;
        var probe = assembly.GetType("Props.PlannerProbe")!;
        _plan = probe.GetMethod("Plan")!.CreateDelegate<PlanProbe>();
        _find = probe.GetMethod("Find")!.CreateDelegate<Func<ulong, int>>();
    }

    public static CompiledPlanner Compile(MapShape shape)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var input = CSharpCompilation.Create(
            "Planner",
            new[] { CSharpSyntaxTree.ParseText(shape.Source(), parse, path: "Shape.cs") },
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, checkOverflow: true));
        CSharpGeneratorDriver.Create(new[] { new MemmapGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emit.Success || problems.Count > 0)
        {
            throw new InvalidOperationException($"shape {shape} does not compile clean:\n" + string.Join("\n", problems));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("planner", isCollectible: true);
        return new CompiledPlanner(context, context.LoadFromStream(stream), shape.Floating.Count);
    }

    public Planned Plan(PlanInput input)
    {
        var bases = new ulong[_floating];
        var sizes = new ulong[_floating];
        var states = new int[_floating];
        var memory = new ulong[6];
        var result = _plan(input.Ram, input.MaxRam, input.Slots, input.Bits, input.Layout, input.Version, input.Enable, input.Size, bases, sizes, states, memory);
        return new Planned(
            result < 0, result, bases, sizes, states.Select(s => (PlacementState)s).ToArray(),
            memory[0], memory[1], memory[2], memory[3], memory[4], (int)memory[5]);
    }

    /// <summary>TryFind as a declaration ordinal, or -1.</summary>
    public int Find(ulong address) => _find(address);

    public void Dispose() => _context.Unload();
}
