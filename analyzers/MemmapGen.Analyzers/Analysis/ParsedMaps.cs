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

    public static MapSpec Get(INamedTypeSymbol enumSymbol, Compilation compilation, CancellationToken cancellationToken)
    {
        if (s_maps.TryGetValue(enumSymbol, out var map))
        {
            return map;
        }

        map = MapParser.Parse(enumSymbol, Model(enumSymbol, compilation), cancellationToken);
        return s_maps.GetValue(enumSymbol, _ => map);
    }

    /// <summary>
    /// The model the parser resolves attribute names with, so that it reads literal arguments from syntax as the
    /// generator does (one model for both), instead of binding every member's attributes first.
    /// </summary>
    private static SemanticModel? Model(INamedTypeSymbol enumSymbol, Compilation compilation)
    {
        var references = enumSymbol.DeclaringSyntaxReferences;
        if (references.Length != 1 || !compilation.ContainsSyntaxTree(references[0].SyntaxTree))
        {
            return null;
        }

        // Under the analyzer driver this is its cached model; the parser binds only the map's few attribute names with it.
        return compilation.GetSemanticModel(references[0].SyntaxTree);
    }
}
