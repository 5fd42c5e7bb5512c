using System.Collections.Generic;
using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace MemmapGen.Fuzz.Tests;

/// <summary>
/// Region names that are keywords, contextual keywords or names of the generated API, and a TypeName equal to a region
/// name: the companion escapes or renames them (a trailing underscore), compiles without a warning, and works.
/// </summary>
public sealed class NameTests
{
    private const string Map = Snippet.Usings + """
        namespace Names;

        public enum Ver { [MachineVersion("v1", Layout = FloatingLayout.Legacy)] V1, [MachineVersion("v2")] V2 }

        [MemoryMap(TypeName = "Uart", Versions = typeof(Ver))]
        public enum R
        {
            [Fixed(0x1000, 0x1000)] @class,
            [Fixed(0x2000, 0x1000)] @event,
            [Fixed(0x3000, 0x1000)] async,
            [Fixed(0x4000, 0x1000)] var,
            [Fixed(0x5000, 0x1000)] record,
            [Fixed(0x6000, 0x1000)] value,
            [Fixed(0x7000, 0x1000)] nameof,
            [Fixed(0x8000, 0x1000)] Plan,
            [Fixed(0x9000, 0x1000)] Get,
            [Fixed(0xA000, 0x1000)] FlashBase,
            [Fixed(0xB000, 0x1000)] Flash,
            [Fixed(0xC000, 0x1000)] RegionCount,
            [Fixed(0xD000, 0x1000)] Uart,
            [Fixed(0xE000, 0x1000)] TryFind,
            [Fixed(0xF000, 0x1000)] await,
            [Fixed(0x1_0000, 0x1000)] partial,
            [Fixed(0x1_1000, 0x1000)] @global,
            [Ram(0x4000_0000, LegacyLimit = 0x4000_0000)] Ram,
            [Floating(0x10_0000)] Layout,
            [Floating(0x10_0000)] TryCreate,
            [Floating(0x10_0000, Resizable = true)] PlanOptions,
            [Floating(0x10_0000)] LatestVersion,
            [Floating(0x10_0000)] VersionOrdinal,
            [Floating(0x10_0000)] VersionLayout,
            [Floating(0x10_0000)] @for,
            [Floating(0x10_0000)] HighestGpa,
            [Floating(0x10_0000)] Format,
        }
        """;

    /// <summary>Uses the renamed members by name, and checks every region through Get, TryFind and the plan.</summary>
    private const string Probe = """
        using MemmapGen;
        using Names;

        public static class NameProbe
        {
            public static string Run()
            {
                var l = Uart.Plan(new Uart.PlanOptions { RamSize = 0x1000_0000, PhysAddrBits = 40, Version = Ver.V1, PlanOptionsSize = 0x20_0000 });
                var named = new ulong[] { Uart.@class.Base, Uart.classBase, Uart.Plan_.Base, Uart.Get_.Base, Uart.Uart_.Base, Uart.UartBase, Uart.RegionCount_.Base, Uart.FlashBase.Base, Uart.FlashBase_ };
                var placed = new[] { l.Layout_, l.TryCreate_, l.PlanOptions, l.LatestVersion_, l.VersionOrdinal_, l.VersionLayout_, l.@for, l.HighestGpa_, l.Format_ };
                var text = string.Join(" ", named.Select(b => b.ToString("x"))) + " | " + Uart.RegionCount + " " + l.HighestGpa.ToString("x");
                foreach (var region in System.Enum.GetValues<R>())
                {
                    var kind = Uart.KindOf(region);
                    var placement = l.Get(region);
                    if (kind == RegionKind.Fixed && (!Uart.TryFind(Uart.Get(region).Base, out var found) || found != region)) return "TryFind misses " + region;
                    if (kind == RegionKind.Floating && !placement.Enabled) return region + " not placed";
                }

                return text + " | " + string.Join(",", placed.Select(p => p.Base.ToString("x")));
            }
        }
        """;

    [Fact]
    public void Keywords_and_api_names_as_region_names_compile_warning_free_and_work()
    {
        var run = Snippet.Run(new[] { Map });
        Assert.Empty(run.AnalyzerErrors);
        Assert.DoesNotContain(run.Compiled, d => d.Severity >= DiagnosticSeverity.Warning);

        var result = RunProbe(run.Generator.Output);
        Assert.Equal(
            "1000 1000 8000 9000 d000 d000 c000 a000 b000 | 27 809fffff | 80000000,80100000,80200000,80400000,80500000,80600000,80700000,80800000,80900000",
            result);
    }

    private static string RunProbe(Compilation output)
    {
        var probe = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("using System.Linq;\n" + Probe, Compiler.ParseOptions, path: "NameProbe.cs");
        using var stream = new System.IO.MemoryStream();
        var emit = output.AddSyntaxTrees(probe).Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true);
        try
        {
            var method = context.LoadFromStream(stream).GetType("NameProbe")!.GetMethod("Run")!;
            return (string)method.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
