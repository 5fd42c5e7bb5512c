using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using MemmapGen.Generator;
using MemmapGen.Property.Tests.Model;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>A banked shape's generated planner, compiled once (overflow checks on) into a collectible context.</summary>
internal sealed class CompiledBankedPlanner : IDisposable
{
    private delegate ulong[] PlanProbe(ulong ram, ulong maxRam, ulong slots, int bits, int version, int guest64, int check32, ulong[] limits, int[] large, int[] avoid, int[] enforce, int hasWindowSize, ulong windowSize, int advertise);

    private readonly AssemblyLoadContext _context;
    private readonly PlanProbe _plan;

    private CompiledBankedPlanner(AssemblyLoadContext context, PlanProbe plan)
    {
        _context = context;
        _plan = plan;
    }

    public static CompiledBankedPlanner Compile(BankedShape shape)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var input = CSharpCompilation.Create(
            "BankedPlanner",
            new[] { CSharpSyntaxTree.ParseText(shape.Source(), parse, path: "Shape.cs") },
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, checkOverflow: true));
        CSharpGeneratorDriver.Create(new[] { new MemmapGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        var problems = generatorDiagnostics.Concat(emit.Diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emit.Success || problems.Count > 0)
        {
            throw new InvalidOperationException($"shape {shape} does not compile clean:\n" + string.Join("\n", problems));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("banked-planner", isCollectible: true);
        var probe = context.LoadFromStream(stream).GetType("Props.PlannerProbe")!;
        return new CompiledBankedPlanner(context, probe.GetMethod("Plan")!.CreateDelegate<PlanProbe>());
    }

    public ulong[] Plan(BankedInput i) => _plan(
        i.Ram, i.MaxRam, i.Slots, i.Bits, i.Version, i.Guest64, i.Check32, i.Limits, i.Large, i.Avoid, i.Enforce,
        i.WindowSize is null ? 0 : 1, i.WindowSize ?? 0, i.Advertise);

    public void Dispose() => _context.Unload();
}
