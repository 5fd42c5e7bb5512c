using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// A probe compiled next to the generated code: it plans every companion over a grid of inputs (edge values included),
/// checks that TryPlan and Plan agree and that placements do not wrap, and that TryFind finds every fixed region.
/// </summary>
internal static class Probe
{
    private const string ClassName = "MemmapGenFuzzProbe";

    public static string Source(IReadOnlyList<Companion> companions)
    {
        var text = new StringBuilder("""
            #nullable enable
            internal static class MemmapGenFuzzProbe
            {
                private static readonly ulong[] Rams = { 0, 0x1000, 0x4000_0000, 0x1_0000_0000, 0x100_0000_0000, 0xFFFF_FFFF_F000_0000, ulong.MaxValue };
                private static readonly int[] Bits = { 1, 12, 32, 40, 48, 52, 63, 64, 0, 65, -1 };
                private static readonly global::MemmapGen.FloatingLayout?[] Layouts = { null, global::MemmapGen.FloatingLayout.Compact, global::MemmapGen.FloatingLayout.Legacy };

                private static void Fail(string message) => throw new global::System.InvalidOperationException(message);

                private static void CheckPlacement(string what, global::MemmapGen.RegionPlacement placement, int bits)
                {
                    if (!placement.Enabled || placement.Size == 0) return;
                    if (placement.Range.Last < placement.Base) Fail(what + " wraps: " + placement);
                    if (bits < 64 && placement.Range.Last >> bits != 0) Fail(what + " ends past 2^" + bits + ": " + placement);
                }

            """);
        for (var i = 0; i < companions.Count; i++)
        {
            AppendCompanion(text, i, companions[i]);
        }

        text.Append("    public static string Run()\n    {\n");
        for (var i = 0; i < companions.Count; i++)
        {
            text.Append("        Lookup").Append(i).Append("();\n");
            text.Append("        foreach (var ram in Rams) foreach (var bits in Bits) foreach (var layout in Layouts) Plan").Append(i).Append("(ram, bits, layout);\n");
        }

        text.Append("        return \"ok\";\n    }\n}\n");
        return text.ToString();
    }

    private static void AppendCompanion(StringBuilder text, int index, Companion c)
    {
        var versions = c.VersionEnum is null
            ? "        var versions = new int[] { -1 };\n"
            : "        var versions = new int[" + c.Type + ".VersionCount + 1]; for (int v = 0; v < versions.Length; v++) versions[v] = v - 1;\n";
        var setVersion = c.VersionEnum is null ? string.Empty : "            if (v >= 0) o.Version = " + c.Type + ".VersionFromOrdinal(v);\n";
        text.Append($$"""
                private static void Plan{{index}}(ulong ram, int bits, global::MemmapGen.FloatingLayout? layout)
                {
            {{versions}}        foreach (var v in versions)
                    foreach (var extra in new[] { 0UL, 1UL, 0x4000_0000UL, ulong.MaxValue })
                    {
                        var o = new {{c.Type}}.PlanOptions { RamSize = ram, PhysAddrBits = bits, FloatingLayout = layout };
                        if (extra != 0) { o.MaxRamSize = ram > ulong.MaxValue - extra ? ulong.MaxValue : ram + extra; o.RamSlots = extra == 1 ? 1UL : extra == ulong.MaxValue ? ulong.MaxValue : 4UL; }
            {{setVersion}}            bool ok = {{c.Type}}.TryPlan(o, out var l, out var e);
                        try
                        {
                            var p = {{c.Type}}.Plan(o);
                            if (!ok) Fail("Plan succeeded where TryPlan failed: " + e);
                            if (p.Format() != l.Format() || p.HighestGpa != l.HighestGpa) Fail("Plan and TryPlan differ");
                        }
                        catch (global::MemmapGen.MemmapPlanException x)
                        {
                            if (ok || !x.Error.Equals(e)) Fail("Plan threw where TryPlan succeeded or with another error: " + x.Error);
                        }
                        if (!ok) continue;
                        if (l.RequiredPhysAddrBits > bits) Fail("RequiredPhysAddrBits " + l.RequiredPhysAddrBits + " > " + bits);
                        _ = l.Format();
                        for (int i = 0; i < {{c.Type}}.RegionCount; i++)
                        {
                            var r = {{c.Type}}.FromOrdinal(i);
                            if ({{c.Type}}.KindOf(r) == global::MemmapGen.RegionKind.Floating)
                            {
                                var placement = l.Get(r);
                                CheckPlacement(r.ToString(), placement, bits);
                                if (placement.Enabled && placement.Base < l.Ram.Base) Fail(r + " below RAM");
                                if (placement.Enabled && placement.Range.Last > l.HighestGpa) Fail(r + " above HighestGpa");
                            }
                        }
                    }
                }

                private static void Lookup{{index}}()
                {
                    for (int i = 0; i < {{c.Type}}.RegionCount; i++)
                    {
                        var r = {{c.Type}}.FromOrdinal(i);
                        if ({{c.Type}}.OrdinalOf(r) != i) Fail("OrdinalOf(FromOrdinal(" + i + ")) != " + i);
                        var range = {{c.Type}}.Get(r);
                        if ({{c.Type}}.KindOf(r) != global::MemmapGen.RegionKind.Fixed || range.Size == 0) continue;
                        if ({{c.Type}}.Bases[i] != range.Base || {{c.Type}}.Sizes[i] != range.Size) Fail("tables differ from Get for " + r);
                        foreach (var address in new[] { range.Base, range.Last, range.Base + (range.Size - 1) / 2 })
                        {
                            if (!{{c.Type}}.TryFind(address, out var found)) Fail("TryFind misses " + r + " at " + address);
                            if (!{{c.Type}}.Get(found).Contains(address)) Fail("TryFind returns " + found + " for " + address);
                            if ({{c.Type}}.Get(found).Size > range.Size) Fail("TryFind returns outer " + found + " for " + address + " in " + r);
                        }
                    }
                }

            """);
    }

    /// <summary>
    /// Compiles the generator's output with the probe (when there are companions to call) and runs it in a collectible
    /// context. Returns the output's own diagnostics (the probe's left out) and the probe's answer ("ok"), or null
    /// when the output does not compile.
    /// </summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, string? Result) CompileAndRun(Compilation output, IReadOnlyList<Companion> companions)
    {
        var probe = CSharpSyntaxTree.ParseText(Source(companions), Compiler.ParseOptions, path: "Probe.cs");
        using var stream = new MemoryStream();
        var emit = (companions.Count > 0 ? output.AddSyntaxTrees(probe) : output).Emit(stream);
        var own = emit.Diagnostics.Where(d => d.Location.SourceTree != probe).ToList();
        if (!emit.Success || companions.Count == 0)
        {
            if (emit.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == probe) && !own.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("the probe does not compile:\n" + string.Join("\n", emit.Diagnostics));
            }

            return (own, null);
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext(null, isCollectible: true);
        try
        {
            var run = context.LoadFromStream(stream).GetType(ClassName)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (own, (string)run.Invoke(null, null)!);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return (own, "probe failed: " + e.InnerException);
        }
        finally
        {
            context.Unload();
        }
    }
}
