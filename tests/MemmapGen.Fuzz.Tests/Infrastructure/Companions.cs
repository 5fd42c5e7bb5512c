using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>A generated companion class, found in the output compilation, with what a probe needs to call it.</summary>
internal sealed record Companion(string Type, string Enum, string? VersionEnum, bool Accessible);

internal static class Companions
{
    /// <summary>The companion classes the generator emitted: classes in generated files that declare <c>PlanOptions</c>.</summary>
    public static List<Companion> Find(Compilation output)
    {
        var found = new List<Companion>();
        foreach (var tree in output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".Memmap.g.cs", System.StringComparison.Ordinal)))
        {
            var model = output.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type
                    || type.GetTypeMembers("PlanOptions").IsEmpty
                    || type.GetMembers("OrdinalOf").OfType<IMethodSymbol>().FirstOrDefault() is not { } ordinalOf)
                {
                    continue;
                }

                var version = type.GetMembers("VersionOrdinal").OfType<IMethodSymbol>().FirstOrDefault();
                found.Add(new Companion(
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    ordinalOf.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    version?.Parameters[0].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    IsAccessible(type)));
            }
        }

        return found;
    }

    private static bool IsAccessible(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }
}
