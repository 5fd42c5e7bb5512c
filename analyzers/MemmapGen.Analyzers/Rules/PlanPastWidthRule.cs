using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Analyzers.Proof;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0043: some plan input makes a planned region end past the width of a plan that succeeds.</summary>
internal static class PlanPastWidthRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.PlanPastWidth,
        title: "A plan input makes a planned region end past the physical-address width",
        messageFormat: "{0} can end past the physical-address width without an error: with {1} the plan puts it at {2}, past {3}, the last address of {4} bits",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The plan succeeds, so a VMM starts the guest, but a planned region lies beyond the physical-address width the plan was made for: the guest cannot reach it. The options shown reproduce it.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PlanPastWidth));

    public static void Check(MapAnalysis map)
    {
        foreach (var finding in map.Proof.Findings)
        {
            if (finding.Kind != ProofFindingKind.PastWidth)
            {
                continue;
            }

            var last = AddressMath.LastAddress(finding.Bits);
            map.Report(
                Descriptor,
                map.Locate.Attribute(finding.Blamed),
                null,
                finding.Witness,
                finding.Part,
                finding.Inputs,
                finding.PartRange.ToString(),
                AddressText.Hex(last),
                finding.Bits);
        }
    }
}
