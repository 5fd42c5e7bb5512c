using Microsoft.CodeAnalysis;

namespace MemmapGen.Generator.Parsing;

/// <summary>
/// One attribute argument as the parser reads it, from either source: the compiler's binding (a
/// <see cref="TypedConstant"/>) or a literal read straight from syntax by <see cref="LiteralAttributeReader"/>.
/// </summary>
internal readonly struct ArgumentValue
{
    public ArgumentValue(TypedConstantKind kind, object? value, ITypeSymbol? type)
    {
        Kind = kind;
        Value = value;
        Type = type;
    }

    public TypedConstantKind Kind { get; }

    /// <summary>The constant; null for arrays (whose <see cref="TypedConstant.Value"/> would throw) and errors.</summary>
    public object? Value { get; }

    public ITypeSymbol? Type { get; }

    public static ArgumentValue From(TypedConstant constant) =>
        new(constant.Kind, constant.Kind is TypedConstantKind.Array or TypedConstantKind.Error ? null : constant.Value, constant.Type);
}
