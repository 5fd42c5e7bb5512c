using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0023: an argument that binds but holds no usable value (<c>Within = null</c>, a value of the wrong kind).
/// Arguments the compiler already rejects are left to the compiler's own error.
/// </summary>
internal static class InvalidArgumentRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.InvalidArgument,
        title: "Attribute argument has no usable value",
        messageFormat: "Argument '{0}' of region '{1}' has no usable value",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The argument compiles but cannot be read as the constant MemmapGen expects, so the region is left out of every check and of the generated tables.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.InvalidArgument));

    public static void Check(MapAnalysis map)
    {
        foreach (var issue in map.Issues(IssueKind.InvalidArgument))
        {
            var owner = issue.Ordinal >= 0 ? map.Name(issue.Ordinal) : map.Map.EnumName;
            map.Report(Descriptor, map.Locate.Argument(issue.Ordinal, issue.Argument), issue.Argument, owner);
        }
    }
}
