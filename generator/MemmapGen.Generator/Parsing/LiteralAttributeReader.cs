using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.Generator.Parsing;

/// <summary>
/// Reads a member's region attributes straight from its syntax when the result cannot differ from the compiler's
/// binding: attribute names that resolve (once per map) to exactly one type, a MemmapGen one or not; literal
/// arguments of the parameter's type; <c>Within</c> naming a member of the map. Anything else (a named constant, an
/// expression, an alias, an error) makes <see cref="TryRead"/> return null, and the parser asks the compiler.
/// </summary>
/// <remarks>
/// Why: binding the attributes of every member is most of the generator's cost on a large map, and the compiler
/// binds them again in the compilation that holds the generated code. Tests assert that both sources give the same
/// <see cref="MapSpec"/> for every fuzz case and for the corner cases of name lookup.
/// </remarks>
internal sealed class LiteralAttributeReader
{
    private readonly SemanticModel _model;
    private readonly INamedTypeSymbol _enum;
    private readonly Dictionary<string, Resolution?> _names = new(StringComparer.Ordinal);

    private LiteralAttributeReader(SemanticModel model, INamedTypeSymbol enumSymbol)
    {
        _model = model;
        _enum = enumSymbol;
    }

    /// <summary>A reader for the map's members, or null when the model is not of the map's one declaration.</summary>
    public static LiteralAttributeReader? For(INamedTypeSymbol enumSymbol, SemanticModel? model) =>
        model is not null
        && enumSymbol.DeclaringSyntaxReferences.Length == 1
        && enumSymbol.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree
            ? new LiteralAttributeReader(model, enumSymbol)
            : null;

    /// <summary>The member's region attributes in source order, or null when only the compiler can tell.</summary>
    public List<RegionAttribute>? TryRead(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].SyntaxTree != _model.SyntaxTree
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not EnumMemberDeclarationSyntax member)
        {
            return null;
        }

        var found = new List<RegionAttribute>();
        foreach (var list in member.AttributeLists)
        {
            if (list.Target is not null || list.ContainsDiagnostics)
            {
                return null;
            }

            foreach (var attribute in list.Attributes)
            {
                var resolution = Resolve(attribute);
                if (resolution is null)
                {
                    return null;
                }

                if (resolution.Kind == RegionKind.None)
                {
                    continue;
                }

                if (Read(attribute, resolution) is not { } read)
                {
                    return null;
                }

                found.Add(read);
            }
        }

        return found;
    }

    /// <summary>
    /// What an attribute name binds to: C# looks up both <c>N</c> and <c>NAttribute</c>; exactly one must be found.
    /// Null when that is not certain (both or neither found, an ambiguity, a verbatim or generic name).
    /// </summary>
    private Resolution? Resolve(AttributeSyntax attribute)
    {
        var last = attribute.Name switch
        {
            IdentifierNameSyntax identifier => identifier,
            QualifiedNameSyntax { Right: IdentifierNameSyntax right } => right,
            AliasQualifiedNameSyntax { Name: IdentifierNameSyntax right } => right,
            _ => null,
        };
        if (last is null || last.Identifier.IsVerbatimIdentifier())
        {
            return null;
        }

        var text = attribute.Name.ToString();
        if (_names.TryGetValue(text, out var known))
        {
            return known;
        }

        var plain = Bind(text, attribute.SpanStart);
        var suffixed = Bind(text + "Attribute", attribute.SpanStart);
        Resolution? resolution = null;
        if (plain.Certain && suffixed.Certain && (plain.Symbol is null) != (suffixed.Symbol is null))
        {
            var type = (plain.Symbol ?? suffixed.Symbol) as INamedTypeSymbol;
            var kind = MapParser.RegionKindOf(type);
            resolution = new Resolution(kind, kind == RegionKind.None ? null : type);
        }

        _names[text] = resolution;
        return resolution;
    }

    private (bool Certain, ISymbol? Symbol) Bind(string name, int position)
    {
        var info = _model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseTypeName(name), SpeculativeBindingOption.BindAsTypeOrNamespace);
        return (info.CandidateSymbols.IsEmpty, info.Symbol);
    }

    private RegionAttribute? Read(AttributeSyntax attribute, Resolution resolution)
    {
        var type = resolution.Type!;
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var positionalCount = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].NameColon is not null || (arguments[i].NameEquals is null && positionalCount < i))
            {
                return null; // named constructor arguments, or a positional one after a named one (an error)
            }

            positionalCount += arguments[i].NameEquals is null ? 1 : 0;
        }

        IMethodSymbol? constructor = null;
        foreach (var candidate in resolution.Constructors)
        {
            if (candidate.DeclaredAccessibility == Accessibility.Public && candidate.Parameters.Length == positionalCount)
            {
                if (constructor is not null)
                {
                    return null; // overloads of one arity: overload resolution is the compiler's
                }

                constructor = candidate;
            }
        }

        if (constructor is null)
        {
            return null;
        }

        var positional = new ArgumentValue[positionalCount];
        for (var i = 0; i < positionalCount; i++)
        {
            if (Convert(arguments[i].Expression, constructor.Parameters[i].Type) is not { } value)
            {
                return null;
            }

            positional[i] = value;
        }

        var named = new KeyValuePair<string, ArgumentValue>[arguments.Count - positionalCount];
        for (var i = 0; i < named.Length; i++)
        {
            var argument = arguments[positionalCount + i];
            var name = argument.NameEquals!.Name.Identifier.ValueText;
            if (SettableProperty(type, name) is not { } property
                || Array.Exists(named, n => n.Key == name)
                || Convert(argument.Expression, property.Type) is not { } value)
            {
                return null;
            }

            named[i] = new KeyValuePair<string, ArgumentValue>(name, value);
        }

        return new RegionAttribute(resolution.Kind, positional, named);
    }

    private static IPropertySymbol? SettableProperty(INamedTypeSymbol type, string name)
    {
        var members = type.GetMembers(name);
        return members.Length == 1
            && members[0] is IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod.DeclaredAccessibility: Accessibility.Public } property
                ? property
                : null;
    }

    /// <summary>A literal of the parameter's type, as the compiler would convert it; null for anything else.</summary>
    private ArgumentValue? Convert(ExpressionSyntax expression, ITypeSymbol target)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        var literal = expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number
            ? number.Token.Value
            : null;
        switch (target.SpecialType)
        {
            // Integer literals are never negative; an int constant converts to uint and ulong, long only to ulong.
            case SpecialType.System_UInt64 when literal is int or uint or long or ulong:
                return Primitive(System.Convert.ToUInt64(literal, System.Globalization.CultureInfo.InvariantCulture), target);
            case SpecialType.System_UInt32 when literal is int or uint:
                return Primitive(System.Convert.ToUInt32(literal, System.Globalization.CultureInfo.InvariantCulture), target);
            case SpecialType.System_Boolean when expression.IsKind(SyntaxKind.TrueLiteralExpression):
                return Primitive(true, target);
            case SpecialType.System_Boolean when expression.IsKind(SyntaxKind.FalseLiteralExpression):
                return Primitive(false, target);
            case SpecialType.System_Object when expression is IdentifierNameSyntax identifier && !InGenericType(_enum):
                // A simple name in a member's attribute finds the enum's own members first. (An enum in a generic type
                // is generic itself, and no attribute argument can have a generic type: the compiler reports it.)
                return Member(identifier.Identifier.ValueText) is { ConstantValue: { } value }
                    ? new ArgumentValue(TypedConstantKind.Enum, value, _enum)
                    : null;
            default:
                return null;
        }
    }

    private static bool InGenericType(INamedTypeSymbol type)
    {
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.TypeParameters.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static ArgumentValue Primitive(object value, ITypeSymbol type) => new(TypedConstantKind.Primitive, value, type);

    /// <summary>The map's member of that name; null when there is none or the name is declared twice.</summary>
    private IFieldSymbol? Member(string name)
    {
        var members = _enum.GetMembers(name);
        return members.Length == 1 ? members[0] as IFieldSymbol : null;
    }

    /// <summary>What an attribute name resolves to: a MemmapGen region attribute (with its type) or another type.</summary>
    private sealed class Resolution
    {
        public Resolution(RegionKind kind, INamedTypeSymbol? type)
        {
            Kind = kind;
            Type = type;
            Constructors = type?.InstanceConstructors ?? ImmutableArray<IMethodSymbol>.Empty;
        }

        public RegionKind Kind { get; }

        public INamedTypeSymbol? Type { get; }

        /// <summary>Read once: the compiler builds a new array on every call.</summary>
        public ImmutableArray<IMethodSymbol> Constructors { get; }
    }
}
