using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Descriptors;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// MMG0013: two maps would generate the same companion type. Maps may sit in different files, so this needs the
/// whole compilation and runs at its end: it appears on build, not while typing.
/// </summary>
internal static class DuplicateCompanionTypeRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.DuplicateCompanionType,
        title: "Two maps generate the same companion type",
        messageFormat: "Maps '{0}' and '{1}' both generate the companion type '{2}'",
        Categories.Declaration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each map's companion type is named by TypeName (default: the enum's name + Map) in the enum's namespace and containing types; two maps with the same full name would generate clashing members.",
        helpLinkUri: HelpLinks.For(DiagnosticIds.DuplicateCompanionType),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>What the end-of-compilation check keeps of each servable map.</summary>
    internal sealed record Companion(string FullName, string EnumName, Location Location, Location EnumLocation);

    public static Companion? Describe(MapAnalysis map)
    {
        if (!map.Map.IsServable)
        {
            return null;
        }

        var parts = new List<string>();
        if (map.Map.Namespace is { } ns)
        {
            parts.Add(ns);
        }

        parts.AddRange(map.Map.ContainingTypes.Select(static type => type.Name));
        parts.Add(map.Map.TypeName);
        return new Companion(string.Join(".", parts), map.Map.EnumName, map.Locate.MapArgument(KnownNames.TypeName), map.Locate.EnumIdentifier);
    }

    public static void Check(IEnumerable<Companion> companions, Action<Diagnostic> report)
    {
        foreach (var group in companions.GroupBy(static c => c.FullName, StringComparer.Ordinal))
        {
            // Source order decides which map keeps the name, so the result does not depend on analysis order.
            var ordered = group
                .OrderBy(static c => c.EnumLocation.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(static c => c.EnumLocation.SourceSpan.Start)
                .ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                report(Diagnostic.Create(Descriptor, ordered[i].Location, new[] { ordered[0].EnumLocation }, ordered[i].EnumName, ordered[0].EnumName, group.Key));
            }
        }
    }
}
