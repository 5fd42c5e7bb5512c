using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0037: a bank's <c>LargeRamLimit</c> can never lower its limit.</summary>
internal static class LargeRamLimitNoEffectRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.LargeRamLimitNoEffect,
        title: "RAM bank's LargeRamLimit never takes effect",
        messageFormat: "LargeRamLimit {0} of bank '{1}' never lowers the bank's limit: {2}",
        Categories.Layout,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "LargeRamLimit caps a bank's limit when RAM is large; a plan's limit is at most MaxLimit, so a cap at or above it changes nothing. On the last bank, which takes the rest of RAM, no limit applies at all.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.LargeRamLimitNoEffect));

    public static void Check(MapAnalysis map)
    {
        var banks = map.Map.Banks;
        for (var i = 0; i < banks.Count; i++)
        {
            var bank = banks[i];
            if (bank.LargeRamLimit == 0 || !map.IsReadable(bank.Ordinal, KnownNames.LargeRamLimit))
            {
                continue;
            }

            // Without MaxLimit a plan may raise the limit to anything, so any cap can matter.
            var isLast = i == banks.Count - 1;
            if (isLast || bank.MaxLimit != 0 && bank.LargeRamLimit >= bank.MaxLimit && map.IsReadable(bank.Ordinal, KnownNames.MaxLimit))
            {
                map.Report(
                    Descriptor,
                    map.Locate.Argument(bank.Ordinal, KnownNames.LargeRamLimit),
                    AddressText.Hex(bank.LargeRamLimit),
                    map.Name(bank.Ordinal),
                    isLast ? "the last bank takes the rest of RAM and has no limit" : "it is not below MaxLimit " + AddressText.Hex(bank.MaxLimit));
            }
        }
    }
}
