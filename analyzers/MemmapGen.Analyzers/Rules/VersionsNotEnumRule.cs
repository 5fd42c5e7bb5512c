using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0028: <c>Versions</c> does not name an enum.</summary>
internal static class VersionsNotEnumRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.VersionsNotEnum,
        title: "Versions does not name an enum",
        messageFormat: "'Versions' of map '{0}' must be typeof an enum whose members carry [MachineVersion]",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Machine versions are the members of an enum, oldest first, each with [MachineVersion]; the map is planned without versions until Versions names one.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.VersionsNotEnum));

    public static void Check(MapAnalysis map)
    {
        foreach (var _ in map.Issues(IssueKind.VersionsNotEnum))
        {
            map.Report(Descriptor, map.Locate.MapArgument(KnownNames.Versions), map.Map.EnumName);
        }
    }
}
