using System.Collections.Generic;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Generator.Parsing;

/// <summary>A region-declaring attribute (<c>[Fixed]</c>, <c>[Ram]</c>, <c>[Floating]</c>) and its arguments, whichever source read them.</summary>
internal sealed class RegionAttribute
{
    public RegionAttribute(RegionKind kind, ArgumentValue[]? positional, KeyValuePair<string, ArgumentValue>[] named)
    {
        Kind = kind;
        Positional = positional;
        Named = named;
    }

    public RegionKind Kind { get; }

    /// <summary>The constructor's arguments; null when no constructor bound (a missing or mistyped argument).</summary>
    public ArgumentValue[]? Positional { get; }

    public KeyValuePair<string, ArgumentValue>[] Named { get; }

    /// <summary>The member's region attributes as the compiler bound them, in source order.</summary>
    public static List<RegionAttribute> Bound(IFieldSymbol field)
    {
        var found = new List<RegionAttribute>();
        foreach (var attribute in field.GetAttributes())
        {
            var kind = MapParser.RegionKindOf(attribute.AttributeClass);
            if (kind == RegionKind.None)
            {
                continue;
            }

            ArgumentValue[]? positional = null;
            if (attribute.AttributeConstructor is not null)
            {
                positional = new ArgumentValue[attribute.ConstructorArguments.Length];
                for (var i = 0; i < positional.Length; i++)
                {
                    positional[i] = ArgumentValue.From(attribute.ConstructorArguments[i]);
                }
            }

            var named = new KeyValuePair<string, ArgumentValue>[attribute.NamedArguments.Length];
            for (var i = 0; i < named.Length; i++)
            {
                var argument = attribute.NamedArguments[i];
                named[i] = new KeyValuePair<string, ArgumentValue>(argument.Key, ArgumentValue.From(argument.Value));
            }

            found.Add(new RegionAttribute(kind, positional, named));
        }

        return found;
    }
}
