using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0031: <c>Since</c>, <c>EnabledSince</c> (or another version argument, such as <c>AdvertisedSince</c> and the map's
/// <c>CheckGuest32BitSince</c>) names something that is not one of the map's versions.
/// </summary>
internal static class VersionNotMemberRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.VersionNotMember,
        title: "Version reference is not one of the map's versions",
        messageFormat: "'{0}' of region '{1}' does not name a member of the map's version enum {2}",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Since and EnabledSince take a member of the enum named by [MemoryMap(Versions = ...)]; any other value cannot be ordered against the map's machine versions.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.VersionNotMember));

    public static void Check(MapAnalysis map)
    {
        var versions = map.Map.VersionType is { } type ? "'" + type.Replace("global::", string.Empty) + "'" : "(the map declares no Versions)";
        foreach (var issue in map.Issues(IssueKind.VersionNotMember))
        {
            // Ordinal -1: an argument of [MemoryMap] itself (CheckGuest32BitSince), named after the map.
            var owner = issue.Ordinal >= 0 ? map.Name(issue.Ordinal) : map.Map.EnumName;
            map.Report(Descriptor, map.Locate.Argument(issue.Ordinal, issue.Argument), issue.Argument, owner, versions);
        }
    }
}
