using System.Collections.Generic;
using System.Linq;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0024: a member carries more than one of <c>[Fixed]</c>, <c>[Ram]</c> and <c>[Floating]</c>.</summary>
internal static class ConflictingAttributesRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.ConflictingAttributes,
        title: "Region carries several region attributes",
        messageFormat: "Region '{0}' carries more than one of [Fixed], [Ram] and [Floating]; only the first one counts",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A region is either fixed, the RAM block or floating; the attributes after the first are ignored.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.ConflictingAttributes));

    public static void Check(MapAnalysis map)
    {
        var seen = new HashSet<int>();
        foreach (var issue in map.Issues(IssueKind.ConflictingAttributes))
        {
            if (!seen.Add(issue.Ordinal))
            {
                continue;
            }

            var extras = map.Locate.ExtraRegionAttributes(issue.Ordinal).ToList();
            var primary = extras.Count > 0 ? extras[0] : map.Locate.Member(issue.Ordinal);
            map.Report(Descriptor, primary, extras.Skip(1), null, map.Name(issue.Ordinal));
        }
    }
}
