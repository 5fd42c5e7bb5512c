using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.CodeFixes.Editing;

/// <summary>
/// A map as a code fix sees it: the same parsed model the analyzer used, and the syntax of the document to edit.
/// </summary>
internal sealed class MapDocument
{
    private MapDocument(Document document, SyntaxNode root, INamedTypeSymbol enumSymbol, MapAnalysis analysis)
    {
        Document = document;
        Root = root;
        Enum = enumSymbol;
        Analysis = analysis;
    }

    public Document Document { get; }

    public SyntaxNode Root { get; }

    public INamedTypeSymbol Enum { get; }

    public MapAnalysis Analysis { get; }

    /// <summary>The map declared around <paramref name="location"/>, parsed by the generator's parser.</summary>
    public static async Task<MapDocument?> AtAsync(Document document, Location location, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || !location.IsInSource || location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var declaration = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<EnumDeclarationSyntax>();
        if (declaration is null || model.GetDeclaredSymbol(declaration, cancellationToken) is not { } enumSymbol)
        {
            return null;
        }

        var map = MapParser.Parse(enumSymbol, model, cancellationToken);
        var fields = SourceLocator.Fields(enumSymbol);
        if (fields.Count != map.Regions.Count)
        {
            return null;
        }

        return new MapDocument(document, root, enumSymbol, new MapAnalysis(map, enumSymbol, fields, static _ => { }, cancellationToken));
    }

    /// <summary>The <c>base</c> expression of a region, when it is in this document.</summary>
    public ExpressionSyntax? BaseExpression(int ordinal)
    {
        var attribute = Analysis.Locate.RegionAttribute(ordinal);
        if (attribute is null || attribute.SyntaxTree != Root.SyntaxTree)
        {
            return null;
        }

        return SourceLocator.FindArgument(attribute, Analysis.Region(ordinal).Kind, KnownNames.BaseArgument)?.Expression;
    }

    /// <summary>Writes new bases as grouped hex literals (<c>0x0906_0000</c>); false when one is not in this document.</summary>
    public bool TryRewriteBases(IReadOnlyDictionary<int, ulong> bases, out SyntaxNode newRoot)
    {
        newRoot = Root;
        var replacements = new Dictionary<SyntaxNode, ulong>();
        foreach (var pair in bases)
        {
            if (Analysis.Region(pair.Key).Kind != RegionKind.Fixed || BaseExpression(pair.Key) is not { } expression)
            {
                return false;
            }

            replacements[expression] = pair.Value;
        }

        newRoot = Root.ReplaceNodes(replacements.Keys, (original, _) => HexLiteral(replacements[original]).WithTriviaFrom(original));
        return true;
    }

    /// <summary>A grouped hex literal whose token value has the type C# gives it (int, uint, long, then ulong), as a parse would.</summary>
    public static LiteralExpressionSyntax HexLiteral(ulong value)
    {
        var text = AddressText.Hex(value);
        var token = value <= int.MaxValue ? SyntaxFactory.Literal(text, (int)value)
            : value <= uint.MaxValue ? SyntaxFactory.Literal(text, (uint)value)
            : value <= long.MaxValue ? SyntaxFactory.Literal(text, (long)value)
            : SyntaxFactory.Literal(text, value);
        return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, token);
    }
}
