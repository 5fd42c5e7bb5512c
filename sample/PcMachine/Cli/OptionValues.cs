using System;
using System.Globalization;
using Sample.Cli;

namespace Sample.Pc.Cli;

/// <summary>How QEMU reads property values: booleans, sizes and integers, with its messages when they are not.</summary>
public static class OptionValues
{
    /// <summary>QEMU's boolean spellings (<c>qapi_bool_parse</c>); <paramref name="context"/> prefixes the message.</summary>
    public static bool Bool(string key, string value, string context = "") => value switch
    {
        "on" or "yes" or "true" or "y" => true,
        "off" or "no" or "false" or "n" => false,
        _ => throw new UsageException(context + $"Parameter '{key}' expects 'on' or 'off'"),
    };

    /// <summary>A size in bytes with an optional suffix (<c>qemu_strtosz</c>); null when the text is not one.</summary>
    public static ulong? Size(string text) => QemuSize.TryParse(text, 'B', out var value) == QemuSize.Status.Ok ? value : null;

    /// <summary>A size as a <c>-m</c> parameter reads it, with QEMU's messages.</summary>
    public static ulong MemorySize(string parameter, string text, string context) =>
        QemuSize.TryParse(text, 'B', out var value) switch
        {
            QemuSize.Status.Ok => value,
            QemuSize.Status.OutOfRange => throw new UsageException(context + $"Value '{text}' is out of range for parameter '{parameter}'"),
            _ => throw new UsageException(context + $"Parameter '{parameter}' expects a non-negative number below 2^64"),
        };

    /// <summary>A non-negative integer, decimal or <c>0x</c> hex; null when the text is not one.</summary>
    public static ulong? Integer(string text)
    {
        var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        return ok ? value : null;
    }
}
