using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0026: <c>AddressBits</c> is outside 1..64.</summary>
internal static class InvalidAddressBitsRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.InvalidAddressBits,
        title: "AddressBits is out of range",
        messageFormat: "AddressBits of map '{0}' must be between 1 and 64",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "AddressBits is the widest physical address the platform can use; checks and the planner treat the map as 64-bit until it is fixed.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidAddressBits));

    public static void Check(MapAnalysis map)
    {
        foreach (var _ in map.Issues(IssueKind.InvalidAddressBits))
        {
            map.Report(Descriptor, map.Locate.MapArgument(KnownNames.AddressBits), map.Map.EnumName);
        }
    }
}
