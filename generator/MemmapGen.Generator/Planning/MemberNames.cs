using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace MemmapGen.Generator.Planning;

/// <summary>
/// Hands out member names for one generated type so that region-derived names never clash with the API's own
/// members, the type's name, or each other: a taken name gets a trailing underscore until it is free.
/// </summary>
internal sealed class MemberNames
{
    private readonly HashSet<string> _taken;

    public MemberNames(string typeName, params string[] reserved)
    {
        _taken = new HashSet<string>(reserved) { typeName };
    }

    /// <summary>Claims a name derived from <paramref name="wanted"/> and returns it escaped for use in code.</summary>
    public string Claim(string wanted)
    {
        var name = wanted;
        while (!_taken.Add(name))
        {
            name += "_";
        }

        return Identifier(name);
    }

    /// <summary>Escapes a keyword as a verbatim identifier (<c>@class</c>).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
}
