using System.Reflection;
using MemmapGen.Generator.Emitting;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.Generator;

/// <summary>
/// Finds every <c>[MemoryMap]</c> enum, reads it into a <see cref="MapSpec"/> and emits its companion class.
/// It reports no diagnostics (the analyzers do) and emits what it can for broken declarations.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MemmapGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class Steps
    {
        public const string Maps = "Maps";
        public const string EmitBaseline = "EmitBaseline";
    }

    internal static readonly string Version =
        typeof(MemmapGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var maps = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.MemoryMapAttribute,
                static (node, _) => node is EnumDeclarationSyntax,
                static (syntaxContext, cancellationToken) =>
                    syntaxContext.TargetSymbol is INamedTypeSymbol enumSymbol && IsFirstDeclaration(enumSymbol, syntaxContext.TargetNode)
                        ? FirstOfItsCompanion(enumSymbol, MapParser.Parse(enumSymbol, syntaxContext.SemanticModel, cancellationToken))
                        : null)
            .Where(static map => map is not null && map.IsServable)
            .WithTrackingName(Steps.Maps);

        context.RegisterSourceOutput(maps, static (output, map) => output.AddSource(MapEmitter.HintName(map!), MapEmitter.Emit(map!, Version)));

        // Baseline lines only when ShipMemoryLayout builds with MemmapGenEmitBaseline=true.
        var emitBaseline = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue(Baseline.EmitBaselineProperty.Key, out var value)
                && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(Steps.EmitBaseline);
        context.RegisterSourceOutput(maps.Combine(emitBaseline), static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(BaselineEmitter.HintName(pair.Left!), BaselineEmitter.Emit(pair.Left!));
            }
        });
    }

    /// <summary>
    /// Two declarations of one enum (the compiler's CS0101, e.g. mid-copy) would get one hint name: only the first,
    /// in file and position order, is generated, so the other maps keep their companions.
    /// </summary>
    private static bool IsFirstDeclaration(INamedTypeSymbol enumSymbol, SyntaxNode node)
    {
        if (enumSymbol.ContainingSymbol is not INamespaceOrTypeSymbol container)
        {
            return true;
        }

        var namesakes = container.GetTypeMembers(enumSymbol.Name, enumSymbol.Arity);
        if (namesakes.Length <= 1)
        {
            return true;
        }

        var mine = node.GetLocation();
        foreach (var other in namesakes)
        {
            foreach (var location in other.Locations)
            {
                if (location.IsInSource && Precedes(location, mine))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Two maps that name the same companion in one namespace (MMG0013) would declare one class twice and bury that
    /// error under the compiler's: only the first, in file and position order, gets the companion.
    /// </summary>
    private static MapSpec? FirstOfItsCompanion(INamedTypeSymbol enumSymbol, MapSpec map)
    {
        if (enumSymbol.ContainingSymbol is not INamespaceOrTypeSymbol container || enumSymbol.Locations.Length == 0)
        {
            return map;
        }

        foreach (var other in container.GetTypeMembers())
        {
            if (other.TypeKind != TypeKind.Enum
                || SymbolEqualityComparer.Default.Equals(other, enumSymbol)
                || other.Locations.Length == 0
                || !Precedes(other.Locations[0], enumSymbol.Locations[0])
                || MapParser.FindAttribute(other, KnownNames.MemoryMap) is not { } attribute)
            {
                continue;
            }

            var typeName = other.Name + "Map";
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == KnownNames.TypeName && named.Value.Value is string text && KnownNames.IsUsableTypeName(text))
                {
                    typeName = text;
                }
            }

            if (typeName == map.TypeName)
            {
                return null;
            }
        }

        return map;
    }

    private static bool Precedes(Location a, Location b)
    {
        var byFile = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
        return byFile < 0 || (byFile == 0 && a.SourceSpan.Start < b.SourceSpan.Start);
    }

}
