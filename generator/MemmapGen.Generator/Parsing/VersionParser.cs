using System.Collections.Generic;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Generator.Parsing;

/// <summary>Reads a map's machine-version enum (<c>[MemoryMap(Versions = typeof(...))]</c>) and references to its members.</summary>
internal sealed class VersionParser
{
    // Enumerating a default ImmutableArray throws; a missing attribute has no arguments.
    private static readonly System.Collections.Immutable.ImmutableArray<KeyValuePair<string, TypedConstant>> Empty =
        System.Collections.Immutable.ImmutableArray<KeyValuePair<string, TypedConstant>>.Empty;

    private readonly INamedTypeSymbol? _enum;
    private readonly Dictionary<decimal, int> _ordinalByValue = new();

    private readonly List<VersionSpec> _versions = new();

    private VersionParser(INamedTypeSymbol? versionEnum) => _enum = versionEnum;

    public VersionSpec[] Versions => _versions.ToArray();

    /// <summary>
    /// Where the version enum is visible: the narrowest declared accessibility of it and its containing types; Public
    /// when the map has no versions.
    /// </summary>
    public Accessibility EffectiveAccessibility
    {
        get
        {
            var accessibility = Accessibility.Public;
            for (var type = _enum; type is not null; type = type.ContainingType)
            {
                accessibility = Narrower(accessibility, type.DeclaredAccessibility);
            }

            return accessibility;
        }
    }

    /// <summary>The accessibility within both (protected and internal meet in private protected).</summary>
    public static Accessibility Narrower(Accessibility a, Accessibility b) =>
        (a, b) is (Accessibility.Protected, Accessibility.Internal) or (Accessibility.Internal, Accessibility.Protected)
            ? Accessibility.ProtectedAndInternal
            : (Accessibility)System.Math.Min((int)a, (int)b);

    /// <summary>The version enum's fully qualified name, or null when the map has no versions.</summary>
    public string? TypeName => _enum?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    public static VersionParser Read(AttributeData? mapAttribute, List<DeclarationIssue> issues)
    {
        INamedTypeSymbol? versionEnum = null;
        foreach (var named in mapAttribute is null ? Empty : mapAttribute.NamedArguments)
        {
            if (named.Key != KnownNames.Versions)
            {
                continue;
            }

            if (named.Value.Value is INamedTypeSymbol { TypeKind: TypeKind.Enum } type)
            {
                versionEnum = type;
            }
            else
            {
                issues.Add(new DeclarationIssue(IssueKind.VersionsNotEnum, -1, KnownNames.Versions));
            }
        }

        var parser = new VersionParser(versionEnum);
        if (versionEnum is null)
        {
            return parser;
        }

        var names = new HashSet<string>();
        foreach (var member in versionEnum.GetMembers())
        {
            // A member still being typed has no name yet: the compiler reports it, and it is no version (as for regions).
            if (member is not IFieldSymbol { IsConst: true } field || !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(field.Name))
            {
                continue;
            }

            var ordinal = parser._versions.Count;
            var attribute = MapParser.FindAttribute(field, KnownNames.MachineVersion);
            var name = attribute?.AttributeConstructor is not null && attribute.ConstructorArguments.Length == 1
                ? attribute.ConstructorArguments[0].Value as string
                : null;
            var isLegacy = false;
            foreach (var named in attribute is null ? Empty : attribute.NamedArguments)
            {
                if (named.Key == KnownNames.Layout)
                {
                    isLegacy = named.Value.Value is int layout && layout == 1;
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                // Version diagnostics are located on the map, by the version's ordinal in Argument.
                issues.Add(new DeclarationIssue(IssueKind.VersionWithoutName, -1, field.Name, ordinal));
                name = field.Name;
            }
            else if (!names.Add(name!))
            {
                issues.Add(new DeclarationIssue(IssueKind.DuplicateVersionName, -1, field.Name, ordinal));
            }

            if (ConstantReader.TryEnumKey(field.ConstantValue, out var key) && !parser._ordinalByValue.ContainsKey(key))
            {
                parser._ordinalByValue.Add(key, ordinal);
            }

            parser._versions.Add(new VersionSpec
            {
                Ordinal = ordinal,
                Member = field.Name,
                Name = name!,
                IsLegacy = isLegacy,
                Value = MapParser.ValueLiteral(field),
            });
        }

        return parser;
    }

    /// <summary>The ordinal of the version a <c>Since</c>/<c>EnabledSince</c> argument names, or -1 with an issue.</summary>
    public int Resolve(ArgumentValue constant, int regionOrdinal, string argument, List<DeclarationIssue> issues)
    {
        if (_enum is not null
            && constant.Kind == TypedConstantKind.Enum
            && SymbolEqualityComparer.Default.Equals(constant.Type, _enum)
            && ConstantReader.TryEnumKey(constant.Value, out var key)
            && _ordinalByValue.TryGetValue(key, out var ordinal))
        {
            return ordinal;
        }

        issues.Add(new DeclarationIssue(
            constant.Kind == TypedConstantKind.Error ? IssueKind.InvalidArgument : IssueKind.VersionNotMember,
            regionOrdinal,
            argument));
        if (constant.Kind == TypedConstantKind.Error)
        {
            // The compiler reports the argument; the analyzers stay silent.
            issues.Add(new DeclarationIssue(IssueKind.ErroneousArgument, regionOrdinal, argument));
        }

        return -1;
    }
}
