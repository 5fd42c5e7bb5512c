using System.Globalization;
using System.IO;
using System.Text;

namespace Sample.Output;

/// <summary>The JSON pieces both samples' <c>--json</c> outputs are made of.</summary>
public static class JsonText
{
    /// <summary>Writes <c>{"error":"message"}</c>.</summary>
    public static void WriteError(TextWriter writer, string message) =>
        writer.Write("{\"error\":" + Quote(message) + "}\n");

    /// <summary>An address as a JSON string: <c>"0x80000000"</c>.</summary>
    public static string Hex(ulong value) => "\"0x" + value.ToString("x", CultureInfo.InvariantCulture) + "\"";

    /// <summary>A JSON string literal, escaped per RFC 8259.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
