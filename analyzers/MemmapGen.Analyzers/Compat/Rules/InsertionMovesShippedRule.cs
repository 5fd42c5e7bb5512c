using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat.Rules;

/// <summary>MMG0104: inserted floating region moves a shipped one.</summary>
internal static class InsertionMovesShippedRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        CompatDiagnosticIds.InsertionMovesShipped,
        title: "Inserted floating region moves a shipped one",
        messageFormat: "Inserting floating region '{0}' moves shipped regions of machine version '{1}': {2}. Introduce it in a new machine version (Since) or declare it after the last shipped floating region.",
        Categories.Compat,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A floating region inserted before or between shipped ones is allowed only when, for every shipped machine version, layout, combination of enable flags, physical-address width, raised size and start of the floating area, no shipped region changes address. The check is exact; the message gives a plan where a shipped region moves.",
        helpLinkUri: HelpLinks.For(CompatDiagnosticIds.InsertionMovesShipped));
}
