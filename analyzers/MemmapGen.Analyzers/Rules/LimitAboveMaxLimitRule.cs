using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0036: a bank's declared <c>Limit</c> is above its <c>MaxLimit</c>.</summary>
internal static class LimitAboveMaxLimitRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.LimitAboveMaxLimit,
        title: "RAM bank's Limit is above its MaxLimit",
        messageFormat: "Limit {0} of bank '{1}' is above its MaxLimit {2}; every plan that keeps the declared limit fails",
        Categories.Layout,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "MaxLimit is the largest limit a plan may ask for; the planner checks the limit in use against it, the declared one included, and fails with LimitTooLarge.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.LimitAboveMaxLimit));

    public static void Check(MapAnalysis map)
    {
        // The last bank takes the rest of RAM: its limits are never used, so they cannot fail a plan.
        for (var i = 0; i < map.Map.Banks.Count - 1; i++)
        {
            var bank = map.Map.Banks[i];
            if (bank.MaxLimit != 0 && bank.Limit > bank.MaxLimit
                && map.IsReadable(bank.Ordinal, KnownNames.Limit) && map.IsReadable(bank.Ordinal, KnownNames.MaxLimit))
            {
                map.Report(
                    Descriptor,
                    map.Locate.Argument(bank.Ordinal, KnownNames.Limit),
                    new[] { map.Locate.Argument(bank.Ordinal, KnownNames.MaxLimit) },
                    null,
                    AddressText.Hex(bank.Limit),
                    map.Name(bank.Ordinal),
                    AddressText.Hex(bank.MaxLimit));
            }
        }
    }
}
