using System;
using System.Collections.Generic;
using System.Text;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// A small indented writer: <see cref="Line"/> writes one line at the current indentation, <see cref="Lines"/> a block
/// of them (a raw string laid out like its output), and <see cref="Block"/> opens a brace scope that its disposal closes.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length != 0)
        {
            _text.Append(' ', _indent * 4).Append(text);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes each line of <paramref name="text"/> at the current indentation (a raw string's own indentation kept).</summary>
    public CodeWriter Lines(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until the scope is disposed.</summary>
    public Scope Block(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Scope(this);
    }

    /// <summary>Indents until the scope is disposed, which writes the closing brace (for a brace already written).</summary>
    public Scope Indent()
    {
        _indent++;
        return new Scope(this);
    }

    /// <summary>No generated line is wider than this, indentation included, where the writer decides the breaks.</summary>
    public const int MaxWidth = 140;

    /// <summary>Whether <paramref name="line"/> fits in <see cref="MaxWidth"/> at the current indentation.</summary>
    public bool Fits(string line) => _indent * 4 + line.Length <= MaxWidth;

    /// <summary>Writes an XML doc summary; the text is escaped. See <see cref="SummaryXml"/> for the wrapping.</summary>
    public CodeWriter Summary(string text) => SummaryXml(Escape(text));

    /// <summary>
    /// Writes an XML doc summary whose text already holds XML (for <c>&lt;see cref&gt;</c>): on one line when it fits in
    /// <see cref="MaxWidth"/>, else the tags on lines of their own around the text wrapped at spaces outside XML tags.
    /// A line break in the text is a space, so a long summary can be a raw string laid out over several lines.
    /// </summary>
    public CodeWriter SummaryXml(string xml)
    {
        xml = xml.Replace("\r\n", " ").Replace('\n', ' ');
        var indentation = _indent * 4;
        if (indentation + $"/// <summary>{xml}</summary>".Length <= MaxWidth)
        {
            return Line($"/// <summary>{xml}</summary>");
        }

        Line("/// <summary>");
        foreach (var line in Wrap(xml, MaxWidth - indentation - "/// ".Length))
        {
            Line($"/// {line}");
        }

        return Line("/// </summary>");
    }

    /// <summary>A span over constant data: the compiler stores it in the assembly image, so reading it allocates nothing.</summary>
    public CodeWriter Span(string declaration, string elementType, string[] items, int perLine = 4, string[]? comments = null)
    {
        if (items.Length == 0)
        {
            return Line($"{declaration} => default;");
        }

        Line($"{declaration} => new {elementType}[]");
        Line("{");
        if (comments is not null)
        {
            // One item a line with what it is: tables of small maps are read by people stepping into the code.
            for (var item = 0; item < items.Length; item++)
            {
                Line($"    {items[item]}, // {comments[item]}");
            }
        }
        else
        {
            for (var first = 0; first < items.Length; first += perLine)
            {
                var count = System.Math.Min(perLine, items.Length - first);
                Line($"    {string.Join(", ", items, first, count)},");
            }
        }

        return Line("};");
    }

    /// <summary>
    /// A table of <c>ulong</c> or <c>int</c> values by index: packed into one string literal when
    /// <paramref name="packed"/> (large maps), else an array with one named entry a line.
    /// </summary>
    public CodeWriter Table(string declaration, string elementType, ulong[] values, string[] names, bool packed)
    {
        var isInt = elementType == "int";
        if (packed)
        {
            return PackedSpan(declaration, elementType, values, isInt ? 2 : 4);
        }

        var items = new string[values.Length];
        for (var index = 0; index < values.Length; index++)
        {
            items[index] = isInt ? Literals.Int32(unchecked((int)values[index])) : Literals.UInt64(values[index]);
        }

        return Span(declaration, elementType, items, comments: names);
    }

    /// <summary>
    /// A span over constant data packed into one string literal: each value as <paramref name="units"/> UTF-16 units,
    /// least significant first (a little-endian host reads them back as the values). One token for the compiler where
    /// an array initializer has one literal per value, which each cost the build; the JIT still folds a read at a
    /// constant index. For the large tables of large maps.
    /// </summary>
    public CodeWriter PackedSpan(string declaration, string elementType, IReadOnlyList<ulong> values, int units)
    {
        const string Hex = "0123456789ABCDEF";
        var text = new StringBuilder(values.Count * units * 6);
        foreach (var value in values)
        {
            for (var unit = 0; unit < units; unit++)
            {
                // Most units of an address are zero: "\0" (C# has no octal escapes, so a digit may follow it).
                // Digits appended one by one: a large map has hundreds of thousands of units.
                var bits = (int)((value >> (16 * unit)) & 0xFFFF);
                if (bits == 0)
                {
                    text.Append("\\0");
                }
                else
                {
                    text.Append("\\u").Append(Hex[bits >> 12]).Append(Hex[(bits >> 8) & 0xF]).Append(Hex[(bits >> 4) & 0xF]).Append(Hex[bits & 0xF]);
                }
            }
        }

        Line($"{declaration} =>");
        Line($"    {TypeNames.MemoryMarshal}.Cast<char, {elementType}>({TypeNames.MemoryExtensions}.AsSpan(");
        return Line($"        \"{text}\"));");
    }

    /// <summary>Lines of at most <paramref name="width"/> characters where the words allow (a longer word stands alone).</summary>
    private static List<string> Wrap(string xml, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in Words(xml))
        {
            if (line.Length != 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? string.Empty : " ").Append(word);
        }

        if (line.Length != 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>
    /// The words of XML text, split at spaces outside tags so that a <c>&lt;see cref="..."/&gt;</c> is never split; a
    /// short group in brackets or parentheses (<c>[0x0800_0000, 0x0801_FFFF]</c>, <c>(128 KiB)</c>) stays one word, and
    /// so does an operator with its operands (<c>RegionCount - 1</c>).
    /// </summary>
    private static List<string> Words(string xml)
    {
        var words = new List<string>();
        var start = 0;
        var inTag = false;
        for (var position = 0; position <= xml.Length; position++)
        {
            var character = position < xml.Length ? xml[position] : ' ';
            inTag = character == '<' || (inTag && character != '>');
            if (character == ' ' && !inTag)
            {
                if (position > start)
                {
                    var word = xml.Substring(start, position - start);
                    if (words.Count != 0 && KeepsTogether(words[words.Count - 1], word))
                    {
                        words[words.Count - 1] = $"{words[words.Count - 1]} {word}";
                    }
                    else
                    {
                        words.Add(word);
                    }
                }

                start = position + 1;
            }
        }

        return words;
    }

    private const int GroupWidth = 40;

    private static bool KeepsTogether(string previous, string word) =>
        IsOperator(word)
        || IsOperator(previous.Substring(previous.LastIndexOf(' ') + 1))
        || (previous.Length + 1 + word.Length <= GroupWidth && Depth(previous) > 0);

    private static bool IsOperator(string word) => word is "-" or "+" or ".." or "=";

    /// <summary>Brackets and parentheses opened and not closed in <paramref name="text"/>.</summary>
    private static int Depth(string text)
    {
        var depth = 0;
        foreach (var character in text)
        {
            depth += character is '(' or '[' ? 1 : character is ')' or ']' ? -1 : 0;
        }

        return depth;
    }

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public override string ToString() => _text.ToString();

    internal readonly struct Scope : IDisposable
    {
        private readonly CodeWriter _writer;

        public Scope(CodeWriter writer) => _writer = writer;

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line("}");
        }
    }
}
