using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemmapGen.Generator.Parsing;

/// <summary>
/// The one reader of MemmapGen declarations: turns a <c>[MemoryMap]</c> enum symbol into a <see cref="MapSpec"/>.
/// The generator and the analyzers both call it. It never throws on malformed input: what it cannot read
/// becomes 0 plus a <see cref="DeclarationIssue"/>.
/// </summary>
internal static class MapParser
{
    /// <summary>
    /// Reads the map. Given the semantic model of the enum's declaration, members' attributes with literal arguments
    /// are read from syntax (<see cref="LiteralAttributeReader"/>) instead of being bound; the model is the same.
    /// </summary>
    public static MapSpec Parse(INamedTypeSymbol enumSymbol, SemanticModel? model, CancellationToken cancellationToken)
    {
        var issues = new List<DeclarationIssue>();
        var mapAttribute = FindAttribute(enumSymbol, KnownNames.MemoryMap);

        var typeName = enumSymbol.Name + "Map";
        var addressBits = 64;
        bool? regionConstants = null;
        ArgumentValue? checkGuest32BitSince = null;
        if (mapAttribute is not null)
        {
            foreach (var named in mapAttribute.NamedArguments)
            {
                var value = ArgumentValue.From(named.Value);
                switch (named.Key)
                {
                    case KnownNames.TypeName:
                        if (value.Value is string text && KnownNames.IsUsableTypeName(text) && text != enumSymbol.Name)
                        {
                            typeName = text;
                        }
                        else if (value.Value is not null || value.Kind == TypedConstantKind.Error)
                        {
                            issues.Add(new DeclarationIssue(IssueKind.InvalidTypeName, -1, KnownNames.TypeName));
                            AddIfErroneous(value, -1, KnownNames.TypeName, issues);
                        }

                        break;
                    case KnownNames.AddressBits:
                        if (!ConstantReader.TryInt32(value, out addressBits) || addressBits is < 1 or > 64)
                        {
                            issues.Add(new DeclarationIssue(IssueKind.InvalidAddressBits, -1, KnownNames.AddressBits));
                            AddIfErroneous(value, -1, KnownNames.AddressBits, issues);
                            addressBits = 64;
                        }

                        break;
                    case KnownNames.CheckGuest32BitSince:
                        checkGuest32BitSince = value;
                        break;
                    case KnownNames.RegionConstants:
                        if (ConstantReader.TryBoolean(value, out var flag))
                        {
                            regionConstants = flag;
                        }
                        else
                        {
                            AddIfErroneous(value, -1, KnownNames.RegionConstants, issues);
                        }

                        break;
                }
            }
        }

        if (!SyntaxFacts.IsValidIdentifier(enumSymbol.Name))
        {
            // Half-typed ("enum" with no name yet): the compiler reports it; nothing can be generated.
            issues.Add(new DeclarationIssue(IssueKind.IncompleteDeclaration, -1, null));
        }

        var containers = ReadContainers(enumSymbol, issues);
        var versions = VersionParser.Read(mapAttribute, issues);
        var checkSince = checkGuest32BitSince is { } since
            ? versions.Resolve(since, -1, KnownNames.CheckGuest32BitSince, issues)
            : -1;
        if (IsFileLocal(enumSymbol))
        {
            issues.Add(new DeclarationIssue(IssueKind.FileLocalEnum, -1, null));
        }

        var fields = new List<IFieldSymbol>();
        foreach (var member in enumSymbol.GetMembers())
        {
            // A member still being typed has no name yet: the compiler reports it, and it gets no generated members.
            if (member is IFieldSymbol { IsConst: true } field && SyntaxFacts.IsValidIdentifier(field.Name))
            {
                fields.Add(field);
            }
        }

        var regions = new RegionSpec[fields.Count];
        RamSpec? ram = null;
        var firstOrdinalByValue = new Dictionary<decimal, int>();
        for (var i = 0; i < fields.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ConstantReader.TryEnumKey(fields[i].ConstantValue, out var key))
            {
                if (firstOrdinalByValue.TryGetValue(key, out var first))
                {
                    issues.Add(new DeclarationIssue(IssueKind.DuplicateValue, i, null, first));
                }
                else
                {
                    firstOrdinalByValue.Add(key, i);
                }
            }
        }

        var literal = LiteralAttributeReader.For(enumSymbol, model);
        var split = new SplitReader();
        for (var i = 0; i < fields.Count; i++)
        {
            var attributes = literal?.TryRead(fields[i], cancellationToken) ?? RegionAttribute.Bound(fields[i]);
            regions[i] = ReadRegion(enumSymbol, fields[i], attributes, i, firstOrdinalByValue, versions, issues, ref ram, split);
        }

        FindWithinCycles(regions, issues);
        split.Check(regions, ram, issues);

        return new MapSpec
        {
            Namespace = enumSymbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            ContainingTypes = new EquatableArray<ContainingTypeSpec>(containers),
            EnumName = enumSymbol.Name,
            EnumType = enumSymbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            UnderlyingType = UnderlyingKeyword(enumSymbol.EnumUnderlyingType),
            Accessibility = CompanionAccessibility(enumSymbol, versions),
            TypeName = typeName,
            AddressBits = addressBits,
            Regions = new EquatableArray<RegionSpec>(regions),
            Ram = ram,
            Issues = new EquatableArray<DeclarationIssue>(issues.ToArray()),
            VersionType = versions.TypeName,
            Versions = new EquatableArray<VersionSpec>(versions.Versions),
            RegionConstants = regionConstants ?? regions.Length <= MapSpec.RegionConstantsLimit,
            Banks = new EquatableArray<BankSpec>(split.Banks.ToArray()),
            Gaps = new EquatableArray<GapSpec>(split.Gaps.ToArray()),
            Windows = new EquatableArray<WindowSpec>(split.Windows.ToArray()),
            Reserved = new EquatableArray<int>(split.Reserved.ToArray()),
            CheckGuest32BitSince = checkSince,
        };
    }

    /// <summary>The attribute that declares a region (the first one, when several conflict).</summary>
    public static AttributeData? FindRegionAttribute(ISymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (RegionKindOf(attribute.AttributeClass) != RegionKind.None)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Every region-declaring attribute of a member, in source order (several conflict).</summary>
    public static List<AttributeData> FindRegionAttributes(ISymbol field)
    {
        var found = new List<AttributeData>();
        foreach (var attribute in field.GetAttributes())
        {
            if (RegionKindOf(attribute.AttributeClass) != RegionKind.None)
            {
                found.Add(attribute);
            }
        }

        return found;
    }

    public static AttributeData? FindAttribute(ISymbol symbol, string name)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsMemmapAttribute(attribute, name))
            {
                return attribute;
            }
        }

        return null;
    }

    private static RegionSpec ReadRegion(
        INamedTypeSymbol enumSymbol,
        IFieldSymbol field,
        List<RegionAttribute> attributes,
        int ordinal,
        Dictionary<decimal, int> ordinalByValue,
        VersionParser versions,
        List<DeclarationIssue> issues,
        ref RamSpec? ram,
        SplitReader split)
    {
        var declaring = attributes.Count > 0 ? attributes[0] : null;
        var kind = declaring?.Kind ?? RegionKind.None;
        for (var i = 1; i < attributes.Count; i++)
        {
            issues.Add(new DeclarationIssue(IssueKind.ConflictingAttributes, ordinal, null));
        }

        ulong @base = 0, size = 0, alignment = 0;
        var within = -1;
        var since = -1;
        var enabledSince = -1;
        var resizable = false;
        if (declaring is not null)
        {
            var arguments = declaring.Positional;
            switch (kind)
            {
                case RegionKind.Fixed:
                    @base = Positional(arguments, 0, KnownNames.BaseArgument, ordinal, issues);
                    size = Positional(arguments, 1, KnownNames.SizeArgument, ordinal, issues);
                    break;
                case RegionKind.Ram:
                    @base = Positional(arguments, 0, KnownNames.BaseArgument, ordinal, issues);
                    break;
                case RegionKind.Floating or RegionKind.Window:
                    size = Positional(arguments, 0, KnownNames.SizeArgument, ordinal, issues);
                    break;
                case RegionKind.RamBank:
                    @base = Positional(arguments, 0, KnownNames.BaseArgument, ordinal, issues);
                    break;
                case RegionKind.Reserved:
                    @base = Positional(arguments, 0, KnownNames.BaseArgument, ordinal, issues);
                    size = Positional(arguments, 1, KnownNames.SizeArgument, ordinal, issues);
                    break;
            }

            ulong legacyLimit = 0, deviceMemoryAlignment = 0, slotSize = 0, maxSlots = 0;
            var bank = new SplitReader.BankArguments();
            var window = new SplitReader.WindowArguments();
            int after = -1, before = -1;
            foreach (var named in declaring.Named)
            {
                switch (named.Key)
                {
                    case KnownNames.Within:
                        within = ReadReference(enumSymbol, named.Value, ordinal, named.Key, ordinalByValue, issues);
                        break;
                    case KnownNames.Alignment:
                        alignment = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.Resizable:
                        if (!ConstantReader.TryBoolean(named.Value, out resizable))
                        {
                            issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, named.Key));
                            AddIfErroneous(named.Value, ordinal, named.Key, issues);
                        }

                        break;
                    case KnownNames.LegacyLimit:
                        legacyLimit = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.DeviceMemoryAlignment:
                        deviceMemoryAlignment = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.SlotSize:
                        slotSize = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.MaxSlots:
                        maxSlots = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.Since:
                        since = versions.Resolve(named.Value, ordinal, named.Key, issues);
                        break;
                    case KnownNames.EnabledSince:
                        enabledSince = versions.Resolve(named.Value, ordinal, named.Key, issues);
                        break;
                    case KnownNames.Limit:
                        bank.Limit = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.MaxLimit:
                        bank.MaxLimit = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.LargeRamFrom:
                        bank.LargeRamFrom = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.LargeRamLimit:
                        bank.LargeRamLimit = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.LargeRamLimitOptional:
                        if (!ConstantReader.TryBoolean(named.Value, out bank.LargeRamLimitOptional))
                        {
                            // Unreadable: keep the default (the option exists), as an absent argument would.
                            bank.LargeRamLimitOptional = true;
                            issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, named.Key));
                            AddIfErroneous(named.Value, ordinal, named.Key, issues);
                        }

                        break;
                    case KnownNames.MaxRamAlignment:
                        bank.MaxRamAlignment = Named(named.Value, named.Key, ordinal, issues);
                        break;
                    case KnownNames.RelocatePast:
                        bank.RelocatePast = ReadReference(enumSymbol, named.Value, ordinal, named.Key, ordinalByValue, issues);
                        break;
                    case KnownNames.After:
                        after = ReadReference(enumSymbol, named.Value, ordinal, named.Key, ordinalByValue, issues);
                        break;
                    case KnownNames.Before:
                        before = ReadReference(enumSymbol, named.Value, ordinal, named.Key, ordinalByValue, issues);
                        break;
                    case KnownNames.AdvertisedSince:
                        window.AdvertisedSince = versions.Resolve(named.Value, ordinal, named.Key, issues);
                        break;
                    case KnownNames.Requires64BitGuest:
                        if (!ConstantReader.TryBoolean(named.Value, out window.Requires64BitGuest))
                        {
                            window.Requires64BitGuest = true;
                            issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, named.Key));
                            AddIfErroneous(named.Value, ordinal, named.Key, issues);
                        }

                        break;
                }
            }

            switch (kind)
            {
                case RegionKind.RamBank:
                    bank.DeviceMemoryAlignment = deviceMemoryAlignment;
                    bank.SlotSize = slotSize;
                    bank.MaxSlots = maxSlots;
                    split.AddBank(ordinal, @base, bank);
                    break;
                case RegionKind.Reserved:
                    split.Reserved.Add(ordinal);
                    break;
                case RegionKind.Gap:
                    split.AddGap(ordinal, after, before, issues);
                    break;
                case RegionKind.Window:
                    split.AddWindow(ordinal, size, alignment, window);
                    break;
            }

            if (kind == RegionKind.Ram)
            {
                if (ram is null)
                {
                    ram = new RamSpec
                    {
                        Ordinal = ordinal,
                        Base = @base,
                        LegacyLimit = legacyLimit,
                        DeviceMemoryAlignment = deviceMemoryAlignment,
                        SlotSize = slotSize,
                        MaxSlots = (uint)System.Math.Min(maxSlots, uint.MaxValue),
                    };
                    size = legacyLimit;
                }
                else
                {
                    issues.Add(new DeclarationIssue(IssueKind.DuplicateRam, ordinal, null, ram.Ordinal));
                }
            }
        }

        return new RegionSpec
        {
            Ordinal = ordinal,
            Name = field.Name,
            Value = ValueLiteral(field),
            Kind = kind,
            Base = @base,
            Size = size,
            Within = within,
            Alignment = alignment,
            Resizable = resizable,
            Since = since,
            EnabledSince = enabledSince,
        };
    }

    private static ulong Positional(ArgumentValue[]? arguments, int index, string name, int ordinal, List<DeclarationIssue> issues)
    {
        if (arguments is not null && index < arguments.Length && ConstantReader.TryUInt64(arguments[index], out var value))
        {
            return value;
        }

        issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, name));
        if (arguments is null || index >= arguments.Length || arguments[index].Kind == TypedConstantKind.Error)
        {
            // The attribute did not bind (a missing or mistyped argument): the compiler has reported it.
            issues.Add(new DeclarationIssue(IssueKind.ErroneousArgument, ordinal, name));
        }

        return 0;
    }

    private static ulong Named(ArgumentValue constant, string name, int ordinal, List<DeclarationIssue> issues)
    {
        if (ConstantReader.TryUInt64(constant, out var value))
        {
            return value;
        }

        issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, name));
        AddIfErroneous(constant, ordinal, name, issues);
        return 0;
    }

    private static void AddIfErroneous(ArgumentValue constant, int ordinal, string name, List<DeclarationIssue> issues)
    {
        if (constant.Kind == TypedConstantKind.Error)
        {
            issues.Add(new DeclarationIssue(IssueKind.ErroneousArgument, ordinal, name));
        }
    }

    /// <summary>
    /// The ordinal of the member an argument names (<c>Within</c>, <c>RelocatePast</c>, <c>After</c>, <c>Before</c>), or -1
    /// with an issue; <c>Within</c> keeps its own issue kinds, the others share <see cref="IssueKind.ReferenceNotMember"/>.
    /// </summary>
    private static int ReadReference(
        INamedTypeSymbol enumSymbol,
        ArgumentValue constant,
        int ordinal,
        string argument,
        Dictionary<decimal, int> ordinalByValue,
        List<DeclarationIssue> issues)
    {
        if (constant.Kind == TypedConstantKind.Error || constant.Value is null)
        {
            issues.Add(new DeclarationIssue(IssueKind.InvalidArgument, ordinal, argument));
            AddIfErroneous(constant, ordinal, argument, issues);
            return -1;
        }

        var isWithin = argument == KnownNames.Within;

        if (constant.Kind == TypedConstantKind.Enum
            && constant.Type is INamedTypeSymbol otherEnum
            && !SymbolEqualityComparer.Default.Equals(otherEnum, enumSymbol)
            && FindAttribute(otherEnum, KnownNames.MemoryMap) is not null)
        {
            issues.Add(new DeclarationIssue(isWithin ? IssueKind.WithinOtherMap : IssueKind.ReferenceNotMember, ordinal, argument));
            return -1;
        }

        if (constant.Kind != TypedConstantKind.Enum
            || !SymbolEqualityComparer.Default.Equals(constant.Type, enumSymbol)
            || !ConstantReader.TryEnumKey(constant.Value, out var key)
            || !ordinalByValue.TryGetValue(key, out var container))
        {
            issues.Add(new DeclarationIssue(isWithin ? IssueKind.WithinNotMember : IssueKind.ReferenceNotMember, ordinal, argument));
            return -1;
        }

        if (container == ordinal)
        {
            issues.Add(new DeclarationIssue(isWithin ? IssueKind.WithinSelf : IssueKind.ReferenceNotMember, ordinal, argument));
            return -1;
        }

        return container;
    }

    /// <summary>Reports each region on a <c>Within</c> loop once, and whether its container is not fixed.</summary>
    private static void FindWithinCycles(RegionSpec[] regions, List<DeclarationIssue> issues)
    {
        foreach (var region in regions)
        {
            if (region.Within < 0)
            {
                continue;
            }

            if (regions[region.Within].Kind != RegionKind.Fixed)
            {
                issues.Add(new DeclarationIssue(IssueKind.WithinNotFixed, region.Ordinal, KnownNames.Within, region.Within));
            }

            var current = region.Within;
            for (var steps = 0; current >= 0 && steps <= regions.Length; steps++)
            {
                if (current == region.Ordinal)
                {
                    issues.Add(new DeclarationIssue(IssueKind.WithinCycle, region.Ordinal, KnownNames.Within, region.Within));
                    break;
                }

                current = regions[current].Within;
            }
        }
    }

    private static ContainingTypeSpec[] ReadContainers(INamedTypeSymbol enumSymbol, List<DeclarationIssue> issues)
    {
        var containers = new List<ContainingTypeSpec>();
        for (var type = enumSymbol.ContainingType; type is not null; type = type.ContainingType)
        {
            var isPartial = false;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    isPartial = true;
                }
            }

            var isGeneric = type.TypeParameters.Length > 0;
            if (!isPartial)
            {
                issues.Add(new DeclarationIssue(IssueKind.ContainerNotPartial, -1, type.Name));
            }

            if (isGeneric)
            {
                issues.Add(new DeclarationIssue(IssueKind.ContainerGeneric, -1, type.Name));
            }

            containers.Insert(0, new ContainingTypeSpec(Keyword(type), type.Name, isPartial, isGeneric));
        }

        return containers.ToArray();
    }

    private static bool IsFileLocal(INamedTypeSymbol enumSymbol)
    {
        foreach (var reference in enumSymbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is BaseTypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.FileKeyword))
            {
                return true;
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    /// <summary>The region an attribute type declares; None for any other type.</summary>
    public static RegionKind RegionKindOf(INamedTypeSymbol? attributeType) =>
        IsMemmapAttribute(attributeType, KnownNames.Fixed) ? RegionKind.Fixed :
        IsMemmapAttribute(attributeType, KnownNames.Ram) ? RegionKind.Ram :
        IsMemmapAttribute(attributeType, KnownNames.Floating) ? RegionKind.Floating :
        IsMemmapAttribute(attributeType, KnownNames.RamBank) ? RegionKind.RamBank :
        IsMemmapAttribute(attributeType, KnownNames.Reserved) ? RegionKind.Reserved :
        IsMemmapAttribute(attributeType, KnownNames.Gap) ? RegionKind.Gap :
        IsMemmapAttribute(attributeType, KnownNames.Window) ? RegionKind.Window :
        RegionKind.None;

    private static bool IsMemmapAttribute(AttributeData attribute, string name) => IsMemmapAttribute(attribute.AttributeClass, name);

    private static bool IsMemmapAttribute(INamedTypeSymbol? attributeType, string name) =>
        attributeType is { } type
        && type.TypeKind != TypeKind.Error
        && type.Name == name
        && type.ContainingNamespace is { Name: KnownNames.Namespace, ContainingNamespace.IsGlobalNamespace: true };

    public static string ValueLiteral(IFieldSymbol field)
    {
        var value = field.ConstantValue;
        var text = value is System.IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : "0";
        return value switch
        {
            long => text + "L",
            ulong => text + "UL",
            uint => text + "U",
            _ => text,
        };
    }

    private static string UnderlyingKeyword(INamedTypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Byte => "byte",
        SpecialType.System_SByte => "sbyte",
        SpecialType.System_Int16 => "short",
        SpecialType.System_UInt16 => "ushort",
        SpecialType.System_UInt32 => "uint",
        SpecialType.System_Int64 => "long",
        SpecialType.System_UInt64 => "ulong",
        _ => "int",
    };

    /// <summary>
    /// The enum's accessibility, narrowed to the version enum's when that is narrower: the companion's members take and
    /// return versions, so a public companion with an internal version enum would not compile (CS0050-CS0053).
    /// </summary>
    private static string CompanionAccessibility(INamedTypeSymbol enumSymbol, VersionParser versions)
    {
        var accessibility = VersionParser.Narrower(enumSymbol.DeclaredAccessibility, versions.EffectiveAccessibility);
        return enumSymbol.ContainingType is null && accessibility != Accessibility.Public
            ? "internal" // a top-level type is public or internal
            : AccessibilityText(accessibility);
    }

    private static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "internal",
    };
}
