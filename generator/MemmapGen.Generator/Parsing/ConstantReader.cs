using System;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Generator.Parsing;

/// <summary>Reads attribute arguments and enum values without trusting them: bad input yields false, never an exception.</summary>
internal static class ConstantReader
{
    public static bool TryUInt64(ArgumentValue constant, out ulong value)
    {
        value = 0;
        if (constant.Kind != TypedConstantKind.Primitive || constant.Value is null)
        {
            return false;
        }

        switch (constant.Value)
        {
            case ulong u:
                value = u;
                return true;
            case uint u:
                value = u;
                return true;
            case ushort u:
                value = u;
                return true;
            case byte u:
                value = u;
                return true;
            case long s when s >= 0:
                value = (ulong)s;
                return true;
            case int s when s >= 0:
                value = (ulong)s;
                return true;
            case short s when s >= 0:
                value = (ulong)s;
                return true;
            case sbyte s when s >= 0:
                value = (ulong)s;
                return true;
            default:
                return false;
        }
    }

    public static bool TryInt32(ArgumentValue constant, out int value)
    {
        value = 0;
        if (TryUInt64(constant, out var u) && u <= int.MaxValue)
        {
            value = (int)u;
            return true;
        }

        return false;
    }

    public static bool TryBoolean(ArgumentValue constant, out bool value)
    {
        value = constant.Kind == TypedConstantKind.Primitive && constant.Value is true;
        return constant.Kind == TypedConstantKind.Primitive && constant.Value is bool;
    }

    /// <summary>The underlying value of an enum constant, widened to a comparable 128-bit-safe key.</summary>
    public static bool TryEnumKey(object? value, out decimal key)
    {
        key = 0;
        try
        {
            switch (value)
            {
                case null:
                    return false;
                case ulong u:
                    key = u;
                    return true;
                case IConvertible c:
                    key = c.ToDecimal(System.Globalization.CultureInfo.InvariantCulture);
                    return true;
                default:
                    return false;
            }
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or FormatException)
        {
            return false;
        }
    }
}
