using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Proof;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0045: the proof did not finish, so nothing is claimed about the map's plans.</summary>
internal static class PlanNotProvedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.PlanNotProved,
        title: "The plans of a map could not be proved",
        messageFormat: "The plans of '{0}' are not proved: {1}",
        Categories.Layout,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The search over every plan input stopped before deciding (its time budget, or a declaration outside what it decides): nothing is claimed either way. Overlaps found by other rules are still reported.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PlanNotProved));

    public static void Check(MapAnalysis map)
    {
        if (map.Proof is { Status: ProofStatus.GaveUp, Reason: { } reason })
        {
            map.Report(Descriptor, map.Locate.EnumIdentifier, map.Map.EnumName, reason);
        }
    }
}
