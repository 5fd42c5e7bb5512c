using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using MemmapGen.Fuzz.Tests.Generation;
using MemmapGen.Fuzz.Tests.Infrastructure;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Fuzz.Tests;

/// <summary>What one case did: whether it was a valid map, what went wrong (nothing, hopefully), and what it exercised.</summary>
internal sealed record Outcome(
    bool Valid,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> AnalyzerErrorIds,
    IReadOnlyList<string> GeneratedCodeErrorIds,
    int Companions,
    bool Probed,
    int MembersFromSyntax = 0,
    int Members = 0);

/// <summary>Runs a case through generator (twice) and both analyzers and checks the fuzzing properties.</summary>
internal static class FuzzRunner
{
    public static Outcome Run(FuzzCase fuzzCase)
    {
        var problems = new List<string>();
        var files = fuzzCase.AdditionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var input = Compiler.Compile(fuzzCase.Sources);
        var first = GeneratorRun.Run(input, files);
        var second = GeneratorRun.Run(Compiler.Compile(fuzzCase.Sources), files);
        if (first.Failed || second.Failed)
        {
            problems.Add("generator failed: " + string.Join("\n", first.Exceptions.Concat(second.Exceptions)) + string.Join("\n", first.Diagnostics));
        }

        if (!SameBytes(first, second))
        {
            problems.Add("generated output differs between two runs");
        }

        var (differences, fromSyntax, members) = ArgumentSources.Compare(Compiler.Compile(fuzzCase.Sources));
        problems.AddRange(differences.Select(d => "the two argument sources differ: " + d));

        var analysis = AnalyzerRun.Run(first.Output, files);
        if (analysis.Crashed)
        {
            problems.Add("analyzer failed: " + string.Join("\n", analysis.Exceptions) + string.Join("\n", analysis.Analyzers.Where(d => d.Id == "AD0001")));
        }

        var inputDiagnostics = input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var valid = !inputDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) && !analysis.ReportsError;
        var companions = Companions.Find(first.Output).Where(c => c.Accessible).ToList();
        var (compiled, result) = Probe.CompileAndRun(first.Output, valid ? companions : new List<Companion>());
        if (compiled.Any(d => d.Id == "CS8785"))
        {
            problems.Add("CS8785: " + string.Join("\n", compiled.Where(d => d.Id == "CS8785")));
        }

        var generatedErrors = compiled
            .Where(d => d.Severity == DiagnosticSeverity.Error && Compiler.IsGenerated(d.Location))
            .Select(d => d.Id)
            .ToList();
        if (valid)
        {
            // The generator must add no warning or error to code the compiler and analyzers accept.
            var introduced = compiled
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && !inputDiagnostics.Any(i => i.Id == d.Id && i.Location == d.Location))
                .ToList();
            if (introduced.Count > 0)
            {
                problems.Add("generated code does not compile clean:\n" + string.Join("\n", introduced.Take(10)));
            }
            else if (result is not null && result != "ok")
            {
                problems.Add(result);
            }
        }

        var analyzerErrors = analysis.Analyzers.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToList();
        return new Outcome(valid, problems, analyzerErrors, generatedErrors, companions.Count, result == "ok", fromSyntax, members);
    }

    private static bool SameBytes(GeneratorRun a, GeneratorRun b) =>
        a.Generated.Count == b.Generated.Count
        && a.Generated.Zip(b.Generated).All(p =>
            p.First.HintName == p.Second.HintName
            && Encoding.UTF8.GetBytes(p.First.Text).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(p.Second.Text)));
}
