using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;
using MemmapGen.Testing;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>The baseline ShipMemoryLayout would record: the generator's own baseline output, collected the way the target does.</summary>
internal static class Baselines
{
    private const string Prefix = "//! ";

    private static readonly BuildProperties EmitBaseline = new(new Dictionary<string, string> { ["MemmapGenEmitBaseline"] = "true" });

    public static string Of(IReadOnlyList<CaseFile> sources)
    {
        var run = GeneratorRun.Run(Compiler.Compile(sources), Array.Empty<Microsoft.CodeAnalysis.AdditionalText>(), EmitBaseline);
        var maps = run.Generated
            .Where(g => g.HintName.EndsWith(".MemoryLayout.g.cs", StringComparison.Ordinal))
            .Select(g => g.Text.Split('\n').Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).Select(l => l[Prefix.Length..].TrimEnd()).ToArray())
            .Where(lines => lines.Length > 0)
            .OrderBy(lines => lines[0].Split(' ')[0], StringComparer.Ordinal);
        return "#MemoryLayout v1\n" + string.Concat(maps.SelectMany(lines => lines).Select(l => l + "\n"));
    }
}
