using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>MMG0029: a member of the version enum has no <c>[MachineVersion("name")]</c>.</summary>
internal static class VersionWithoutNameRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.VersionWithoutName,
        title: "Machine version has no name",
        messageFormat: "Machine version '{0}' of map '{1}' needs [MachineVersion(\"name\")] with a non-empty name",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every member of the version enum is a machine type users select by name (-M virt-7.1); a member without a name cannot be selected or recorded in the layout baseline.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.VersionWithoutName));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.VersionWithoutName))
        {
            // The model locates version issues on the map; the member's name is in Argument.
            map.Report(Descriptor, map.Locate.MapArgument(KnownNames.Versions), issue.Argument, map.Map.EnumName);
        }
    }
}
