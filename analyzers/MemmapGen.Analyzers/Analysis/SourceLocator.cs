using System.Collections.Generic;
using System.Threading;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>
/// Turns the model's value-only issue positions (region ordinal, argument name) back into source locations:
/// ordinal → enum field → its region attribute → the argument's syntax. It reads syntax only to point at it;
/// values always come from the model.
/// </summary>
internal sealed class SourceLocator
{
    private readonly INamedTypeSymbol _enum;
    private readonly IReadOnlyList<IFieldSymbol> _fields;
    private readonly MapSpec _map;
    private readonly CancellationToken _cancellationToken;

    public SourceLocator(INamedTypeSymbol enumSymbol, IReadOnlyList<IFieldSymbol> fields, MapSpec map, CancellationToken cancellationToken)
    {
        _enum = enumSymbol;
        _fields = fields;
        _map = map;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The map's fields in the parser's ordinal order.</summary>
    public static List<IFieldSymbol> Fields(INamedTypeSymbol enumSymbol)
    {
        var fields = new List<IFieldSymbol>();
        foreach (var member in enumSymbol.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true } field)
            {
                fields.Add(field);
            }
        }

        return fields;
    }

    /// <summary>The enum's name in its declaration.</summary>
    public Location EnumIdentifier => _enum.Locations.Length > 0 ? _enum.Locations[0] : Location.None;

    /// <summary>The member's name in its declaration.</summary>
    public Location Member(int ordinal) =>
        ordinal >= 0 && ordinal < _fields.Count && _fields[ordinal].Locations.Length > 0 ? _fields[ordinal].Locations[0] : EnumIdentifier;

    /// <summary>The member's explicit <c>= value</c> when it has one, else its name.</summary>
    public Location MemberValue(int ordinal)
    {
        if (ordinal >= 0 && ordinal < _fields.Count)
        {
            foreach (var reference in _fields[ordinal].DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is EnumMemberDeclarationSyntax { EqualsValue.Value: { } value })
                {
                    return value.GetLocation();
                }
            }
        }

        return Member(ordinal);
    }

    /// <summary>The region's declaring attribute, or the member when it has none in source.</summary>
    public Location Attribute(int ordinal) => RegionAttribute(ordinal)?.GetLocation() ?? Member(ordinal);

    /// <summary>The attribute argument <paramref name="argument"/> of a region, falling back to the attribute and then the member.</summary>
    public Location Argument(int ordinal, string? argument)
    {
        if (ordinal < 0)
        {
            return MapArgument(argument);
        }

        var attribute = RegionAttribute(ordinal);
        if (attribute is null)
        {
            return Member(ordinal);
        }

        return argument is not null && FindArgument(attribute, _map.Regions[ordinal].Kind, argument) is { } syntax
            ? syntax.GetLocation()
            : attribute.GetLocation();
    }

    /// <summary>A named argument of <c>[MemoryMap]</c>, or the enum's name.</summary>
    public Location MapArgument(string? argument)
    {
        if (argument is not null
            && MapParser.FindAttribute(_enum, KnownNames.MemoryMap)?.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is AttributeSyntax attribute
            && FindArgument(attribute, RegionKind.None, argument) is { } syntax)
        {
            return syntax.GetLocation();
        }

        return EnumIdentifier;
    }

    /// <summary>The name of a containing type in its declaration.</summary>
    public Location? ContainingType(string name)
    {
        for (var type = _enum.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.Name == name && type.Locations.Length > 0)
            {
                return type.Locations[0];
            }
        }

        return null;
    }

    /// <summary>The second and later region attributes of a member that carries several.</summary>
    public IEnumerable<Location> ExtraRegionAttributes(int ordinal)
    {
        var attributes = MapParser.FindRegionAttributes(_fields[ordinal]);
        for (var i = 1; i < attributes.Count; i++)
        {
            if (attributes[i].ApplicationSyntaxReference?.GetSyntax(_cancellationToken) is { } syntax)
            {
                yield return syntax.GetLocation();
            }
        }
    }

    public AttributeSyntax? RegionAttribute(int ordinal) =>
        ordinal >= 0 && ordinal < _fields.Count
            ? MapParser.FindRegionAttribute(_fields[ordinal])?.ApplicationSyntaxReference?.GetSyntax(_cancellationToken) as AttributeSyntax
            : null;

    /// <summary>
    /// The syntax of an argument: a named property (<c>Within = X</c>), a constructor parameter given by name
    /// (<c>size: 0x1000</c>) or by position.
    /// </summary>
    public static AttributeArgumentSyntax? FindArgument(AttributeSyntax attribute, RegionKind kind, string name)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name || argument.NameColon?.Name.Identifier.ValueText == name)
            {
                return argument;
            }
        }

        var index = PositionalIndex(kind, name);
        var position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                break;
            }

            if (position++ == index)
            {
                return argument.NameColon is null ? argument : null;
            }
        }

        return null;
    }

    private static int PositionalIndex(RegionKind kind, string name) => (kind, name) switch
    {
        (RegionKind.Fixed, KnownNames.BaseArgument) => 0,
        (RegionKind.Fixed, KnownNames.SizeArgument) => 1,
        (RegionKind.Ram, KnownNames.BaseArgument) => 0,
        (RegionKind.Floating, KnownNames.SizeArgument) => 0,
        (RegionKind.RamBank, KnownNames.BaseArgument) => 0,
        (RegionKind.Reserved, KnownNames.BaseArgument) => 0,
        (RegionKind.Reserved, KnownNames.SizeArgument) => 1,
        (RegionKind.Window, KnownNames.SizeArgument) => 0,
        _ => -1,
    };
}
