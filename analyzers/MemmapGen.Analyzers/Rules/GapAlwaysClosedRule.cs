using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0041: a <c>[Gap]</c> ends at a region at or below the base of the bank it starts after.</summary>
internal static class GapAlwaysClosedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.GapAlwaysClosed,
        title: "Gap is closed in every plan",
        messageFormat: "Gap '{0}' ends at '{1}' {2}, which is not above the base {3} of bank '{4}'; every plan fails with GapClosed",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A gap runs from the end of a bank up to the base of a fixed region; a plan fails when the bank reaches that base. A region at or below the bank's base leaves no room at all, even for an empty bank.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.GapAlwaysClosed));

    public static void Check(MapAnalysis map)
    {
        foreach (var gap in map.Map.Gaps)
        {
            if (gap.After < 0 || gap.Before < 0 || map.Range(gap.Before) is not { } region
                || !map.IsReadable(gap.After, KnownNames.BaseArgument))
            {
                continue;
            }

            var bankBase = map.Region(gap.After).Base;
            if (region.Base <= bankBase)
            {
                map.Report(
                    Descriptor,
                    map.Locate.Argument(gap.Ordinal, KnownNames.Before),
                    new[] { map.Locate.Attribute(gap.After) },
                    null,
                    map.Name(gap.Ordinal),
                    map.Name(gap.Before),
                    region.ToString(),
                    AddressText.Hex(bankBase),
                    map.Name(gap.After));
            }
        }
    }
}
