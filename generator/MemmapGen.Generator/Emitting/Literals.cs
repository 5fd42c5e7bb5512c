using System.Globalization;

namespace MemmapGen.Generator.Emitting;

/// <summary>C# literals for generated code.</summary>
internal static class Literals
{
    /// <summary>A <c>ulong</c> literal in grouped hex: <c>0x0800_0000UL</c>.</summary>
    public static string UInt64(ulong value) => $"{AddressText.Hex(value)}UL";

    public static string Int32(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A C# string literal.</summary>
    public static string String(string value) =>
        $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}
