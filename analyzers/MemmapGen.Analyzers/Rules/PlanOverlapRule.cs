using System.Linq;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Proof;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0042: some plan input makes a planned region overlap another region (see <see cref="PlanProver"/>).</summary>
internal static class PlanOverlapRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.PlanOverlap,
        title: "A plan input makes a planned region overlap another region",
        messageFormat: "{0} can overlap {1}: with {2} the plan puts {0} at {3} and {1} at {4}",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every plan input was searched (RAM and hot-plug sizes, address widths, guest kinds, reserved windows avoided, caps, limits and window sizes): this one makes a bank, device memory, a window or a gap land on a fixed region, an active reserved window or another planned region, and the generated planner accepts it. The options shown reproduce it.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PlanOverlap));

    public static void Check(MapAnalysis map)
    {
        foreach (var finding in map.Proof.Findings)
        {
            if (finding.Kind != ProofFindingKind.Overlap)
            {
                continue;
            }

            var location = finding.BlamedArgument is { } argument ? map.Locate.Argument(finding.Blamed, argument) : map.Locate.Attribute(finding.Blamed);
            var related = finding.Related >= 0 ? new[] { map.Locate.Attribute(finding.Related) } : null;
            map.Report(
                Descriptor,
                location,
                related,
                finding.Witness,
                finding.Part,
                finding.Other,
                finding.Inputs,
                finding.PartRange.ToString(),
                finding.OtherRange?.ToString());
        }
    }
}
