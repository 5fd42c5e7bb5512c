using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using MemmapGen.Fuzz.Tests.Generation;
using MemmapGen.Fuzz.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Fuzz.Tests;

/// <summary>
/// Seeded random maps that split RAM (banks, reserved windows, gaps, windows), some malformed: the generator never
/// throws and is deterministic, syntax and binding give one model, the analyzers never throw, and a map the compiler
/// accepts gets a companion that compiles clean. (The planner's numbers are checked against QEMU in MemmapGen.Tests.)
/// </summary>
public sealed class SplitFuzzTests
{
    private const int Cases = 60;

    private readonly ITestOutputHelper _output;

    public SplitFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Random_banked_maps_never_crash_and_read_one_model_from_either_source()
    {
        var problems = new List<string>();
        int clean = 0, fromSyntax = 0, members = 0;
        for (var seed = 1; seed <= Cases; seed++)
        {
            var source = Build(new Random(seed));
            var files = new[] { new CaseFile("Map.cs", source) };
            var input = Compiler.Compile(files);
            var first = GeneratorRun.Run(input, Array.Empty<AdditionalText>());
            var second = GeneratorRun.Run(Compiler.Compile(files), Array.Empty<AdditionalText>());
            var (differences, syntax, count) = ArgumentSources.Compare(Compiler.Compile(files));
            var analysis = AnalyzerRun.Run(first.Output, ImmutableArray<AdditionalText>.Empty);
            fromSyntax += syntax;
            members += count;
            var found = new List<string>();
            if (first.Failed || second.Failed)
            {
                found.Add("generator failed: " + string.Join("\n", first.Exceptions));
            }

            if (!first.Generated.SequenceEqual(second.Generated))
            {
                found.Add("generated output differs between two runs");
            }

            found.AddRange(differences.Select(d => "the two argument sources differ: " + d));
            if (analysis.Crashed)
            {
                found.Add("analyzer failed: " + string.Join("\n", analysis.Exceptions));
            }

            if (!input.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                var introduced = first.Output.GetDiagnostics()
                    .Where(d => d.Severity >= DiagnosticSeverity.Warning && Compiler.IsGenerated(d.Location))
                    .ToList();
                clean += introduced.Count == 0 ? 1 : 0;
                found.AddRange(introduced.Take(5).Select(d => "generated code: " + d));
            }

            if (found.Count > 0)
            {
                problems.Add($"seed {seed}:\n{source}\n{string.Join("\n", found)}");
            }
        }

        _output.WriteLine($"{Cases} cases, {clean} valid and compiled clean, {fromSyntax} of {members} members read from syntax");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(3)));
        Assert.True(clean > Cases / 3, $"only {clean} valid cases");
    }

    /// <summary>A banked map with random policy, argument spellings, order, and in a third of the cases one malformation.</summary>
    private static string Build(Random random)
    {
        var members = new List<string>
        {
            $"[{Name(random, "RamBank")}({Number(random, 0)}, Limit = {Number(random, 0xE000_0000)}{Maybe(random, ", MaxLimit = ", 4UL << 30)}"
                + $"{Maybe(random, ", LargeRamFrom = ", 0xB000_0000)}{Maybe(random, ", LargeRamLimit = ", 3UL << 30)}"
                + $"{(random.Next(3) == 0 ? ", LargeRamLimitOptional = false" : string.Empty)})] Low",
            $"[{Name(random, "RamBank")}({Number(random, 4UL << 30)}{(random.Next(3) != 0 ? ", RelocatePast = Hole" : string.Empty)}"
                + $"{Maybe(random, ", DeviceMemoryAlignment = ", 1UL << 30)}{Maybe(random, ", SlotSize = ", 1UL << 30)}"
                + $"{(random.Next(2) == 0 ? ", MaxSlots = " + random.Next(0, 300).ToString(CultureInfo.InvariantCulture) : string.Empty)}"
                + $"{Maybe(random, ", MaxRamAlignment = ", 4096)})] High",
            $"[{Name(random, "Reserved")}({Number(random, 0xFD_0000_0000)}, {Number(random, 12UL << 30)}"
                + $"{(random.Next(2) == 0 ? ", Since = V.V2" : string.Empty)})] Hole",
            $"[{Name(random, "Gap")}(After = Low, Before = Io)] PciHole",
            $"[{Name(random, "Window")}({Number(random, 32UL << 30)}{Maybe(random, ", Alignment = ", 1UL << 30)}"
                + $"{(random.Next(2) == 0 ? ", AdvertisedSince = V.V1" : string.Empty)}"
                + $"{(random.Next(3) == 0 ? ", Requires64BitGuest = false" : string.Empty)})] PciHole64",
            $"[{Name(random, "Fixed")}({Number(random, 0xFEC0_0000)}, {Number(random, 0x1000)})] Io",
        };
        members = members.OrderBy(_ => random.Next()).ToList();
        if (random.Next(3) == 0)
        {
            var i = random.Next(members.Count);
            members[i] = random.Next(6) switch
            {
                0 => members[i][..random.Next(1, members[i].Length)], // half-typed
                1 => members[i].Replace("Before = Io", "Before = Low").Replace("RelocatePast = Hole", "RelocatePast = Io"),
                2 => members[i].Replace("(After = Low, ", "(After = 3, "),
                3 => "[Ram(0)] " + members[i][(members[i].IndexOf(']', StringComparison.Ordinal) + 1)..],
                4 => members[i].Replace("V.V1", "7").Replace("V.V2", "Low"),
                _ => members[i] + ", [Floating(0x1000)] Extra",
            };
        }

        var check = random.Next(2) == 0 ? ", CheckGuest32BitSince = V.V2" : string.Empty;
        var text = new StringBuilder()
            .Append("using MemmapGen;\nusing static MemmapGen.Units;\n\nnamespace Split;\n\n")
            .Append("public enum V { [MachineVersion(\"v1\")] V1, [MachineVersion(\"v2\")] V2 }\n\n")
            .Append("[MemoryMap(Versions = typeof(V), AddressBits = 52").Append(check).Append(")]\npublic enum Map\n{\n");
        foreach (var member in members)
        {
            text.Append("    ").Append(member).Append(",\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Name(Random random, string name) => ValidMaps.AttributeName(random, name);

    /// <summary>A literal in one of its spellings, or now and then an expression the compiler must bind.</summary>
    private static string Number(Random random, ulong value) =>
        random.Next(5) == 0 && value % (1UL << 30) == 0 && value != 0
            ? $"{value >> 30} * GiB"
            : Literals.Of(value, random);

    private static string Maybe(Random random, string prefix, ulong value) =>
        random.Next(2) == 0 ? prefix + Number(random, value) : string.Empty;
}
