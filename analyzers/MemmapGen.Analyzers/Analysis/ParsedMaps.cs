using System.Runtime.CompilerServices;
using System.Threading;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>
/// One parse per map symbol for both analyzers: the declaration rules and the compat rules read the same model.
/// Symbols belong to one compilation, so the table empties itself when the compilation goes away.
/// </summary>
internal static class ParsedMaps
{
    private static readonly ConditionalWeakTable<INamedTypeSymbol, MapSpec> s_maps = new();

    public static MapSpec Get(INamedTypeSymbol enumSymbol, CancellationToken cancellationToken)
    {
        if (s_maps.TryGetValue(enumSymbol, out var map))
        {
            return map;
        }

        map = MapParser.Parse(enumSymbol, cancellationToken);
        return s_maps.GetValue(enumSymbol, _ => map);
    }
}
