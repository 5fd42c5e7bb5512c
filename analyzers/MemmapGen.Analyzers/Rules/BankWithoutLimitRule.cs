using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0035: a RAM bank other than the last has no <c>Limit</c>.</summary>
internal static class BankWithoutLimitRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.BankWithoutLimit,
        title: "RAM bank other than the last has no Limit",
        messageFormat: "Bank '{0}' is followed by bank '{1}' but has no 'Limit'; it would hold no RAM",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Banks are filled in declaration order: each bank but the last takes RAM up to its Limit and the last takes the rest. A bank without a Limit before the last takes nothing unless every plan overrides its limit.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.BankWithoutLimit));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.BankWithoutLimit))
        {
            var next = NextBank(map.Map, issue.Ordinal);
            map.Report(Descriptor, map.Locate.Attribute(issue.Ordinal), map.Name(issue.Ordinal), next < 0 ? "?" : map.Name(next));
        }
    }

    private static int NextBank(MapSpec map, int ordinal)
    {
        for (var i = 0; i < map.Banks.Count - 1; i++)
        {
            if (map.Banks[i].Ordinal == ordinal)
            {
                return map.Banks[i + 1].Ordinal;
            }
        }

        return -1;
    }
}
