using System.Globalization;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Analyzers.Proof;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0044: the proof found that no plan input produces an overlap or a region past the width.</summary>
internal static class PlanProvedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.PlanProved,
        title: "Every plan input is proved safe",
        messageFormat: "Proved: no plan input makes a planned region of '{0}' overlap another region or end past the physical-address width ({1})",
        Categories.Layout,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The map's plans were decided over every plan input: RAM and hot-plug sizes, address widths, machine versions, guest kinds, avoided reserved windows, caps, limits and window sizes. None produces an overlap or a region past the width without an error.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.PlanProved));

    public static void Check(MapAnalysis map)
    {
        var proof = map.Proof;
        if (proof.Status != ProofStatus.Proved)
        {
            return;
        }

        var how = map.Map.IsSplit
            ? string.Format(CultureInfo.InvariantCulture, "{0:N0} plan classes, {1:N0} boxes searched", proof.Classes, proof.Boxes)
            : "by construction: every fixed region lies below the RAM base or in a reported window";
        map.Report(Descriptor, map.Locate.EnumIdentifier, map.Map.EnumName, how);
    }
}
