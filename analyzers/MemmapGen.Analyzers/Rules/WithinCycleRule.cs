using System.Collections.Generic;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0017: <c>Within</c> references loop. Reported once per loop, on its last-declared member.</summary>
internal static class WithinCycleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.WithinCycle,
        title: "Within references form a cycle",
        messageFormat: "'Within' of region '{0}' closes a containment cycle: {1}",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Containment is a tree: following Within from any region must reach a top-level region. A loop has no outermost container.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.WithinCycle));

    public static void Check(MapAnalysis map)
    {
        var onLoop = new HashSet<int>();
        foreach (var issue in map.Issues(IssueKind.WithinCycle))
        {
            onLoop.Add(issue.Ordinal);
        }

        var done = new HashSet<int>();
        foreach (var start in onLoop)
        {
            if (done.Contains(start))
            {
                continue;
            }

            // Walk the loop once; blame its last-declared member, most likely the newest edit.
            var members = new List<int>();
            for (var current = start; current >= 0 && done.Add(current); current = map.Region(current).Within)
            {
                members.Add(current);
            }

            var blamed = start;
            foreach (var member in members)
            {
                blamed = member > blamed ? member : blamed;
            }

            var chain = new List<string>();
            var additional = new List<Location>();
            var at = blamed;
            do
            {
                chain.Add(map.Name(at));
                if (at != blamed)
                {
                    additional.Add(map.Locate.Argument(at, KnownNames.Within));
                }

                at = map.Region(at).Within;
            }
            while (at >= 0 && at != blamed && chain.Count <= members.Count);

            chain.Add(map.Name(blamed));
            map.Report(Descriptor, map.Locate.Argument(blamed, KnownNames.Within), additional, null, map.Name(blamed), string.Join(" -> ", chain));
        }
    }
}
