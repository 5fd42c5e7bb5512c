using System.Collections.Generic;
using System.Linq;
using System.Threading;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// The parser reads literal attribute arguments from syntax and asks the compiler for the rest. Both sources must give
/// one model: each map of a case is parsed with literal reading (as the generator and the analyzers do) and with every
/// argument bound by the compiler, and the two must be equal.
/// </summary>
internal static class ArgumentSources
{
    /// <summary>Maps whose two parses differ, and how many members were read from syntax out of how many.</summary>
    public static (List<string> Differences, int FromSyntax, int Members) Compare(Compilation compilation)
    {
        var differences = new List<string>();
        int fromSyntax = 0, members = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<EnumDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not { } enumSymbol
                    || MapParser.FindAttribute(enumSymbol, KnownNames.MemoryMap) is null)
                {
                    continue;
                }

                // Literal reading first, while no member's attributes are bound yet (as in the generator).
                var literal = MapParser.Parse(enumSymbol, model, CancellationToken.None);
                var reader = LiteralAttributeReader.For(enumSymbol, model);
                foreach (var field in enumSymbol.GetMembers().OfType<IFieldSymbol>().Where(f => SyntaxFacts.IsValidIdentifier(f.Name)))
                {
                    members++;
                    fromSyntax += reader?.TryRead(field, CancellationToken.None) is null ? 0 : 1;
                }

                var bound = MapParser.Parse(enumSymbol, model: null, CancellationToken.None);
                if (!literal.Equals(bound))
                {
                    differences.Add($"{enumSymbol.Name}: {Describe(literal, bound)}");
                }
            }
        }

        return (differences, fromSyntax, members);
    }

    private static string Describe(MapSpec literal, MapSpec bound)
    {
        var regions = literal.Regions.Zip(bound.Regions).Where(p => !p.First.Equals(p.Second)).Select(p => $"\n  literal {p.First}\n  bound   {p.Second}");
        return $"{literal.Regions.Count} / {bound.Regions.Count} regions{string.Concat(regions.Take(3))}"
            + $"\n  issues literal: {string.Join(", ", literal.Issues)}\n  issues bound:   {string.Join(", ", bound.Issues)}"
            + ((literal with { Regions = bound.Regions, Issues = bound.Issues }).Equals(bound) ? string.Empty : "\n  (and map-level fields)");
    }
}
