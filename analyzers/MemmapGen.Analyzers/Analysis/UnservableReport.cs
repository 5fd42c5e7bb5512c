using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>Reports a map the generator cannot serve on the enum's name, pointing at the containing type at fault.</summary>
internal static class UnservableReport
{
    public static void Report(MapAnalysis map, DiagnosticDescriptor descriptor, string? containingType)
    {
        var container = containingType is null ? null : map.Locate.ContainingType(containingType);
        map.Report(
            descriptor,
            map.Locate.EnumIdentifier,
            container is null ? null : new[] { container },
            null,
            map.Map.EnumName,
            containingType,
            map.Map.TypeName);
    }
}
