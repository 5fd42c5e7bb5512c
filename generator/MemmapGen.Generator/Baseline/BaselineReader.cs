using System;
using System.Collections.Generic;
using System.Globalization;

namespace MemmapGen.Generator.Baseline;

/// <summary>A baseline line that could not be read, by its 0-based line number.</summary>
internal sealed record BaselineProblem(int Line, string Message);

/// <summary>A parsed line with the 0-based line it came from.</summary>
internal sealed record BaselineLine(int Line, BaselineEntry Entry);

/// <summary>A baseline file as read: its facts and the lines that could not be read. Never changed once read.</summary>
internal sealed record BaselineText(IReadOnlyList<BaselineLine> Lines, IReadOnlyList<BaselineProblem> Problems);

/// <summary>Reads a baseline file. Malformed lines become problems, never exceptions.</summary>
internal static class BaselineReader
{
    private static readonly char[] Separators = { ' ', '\t' };

    public static BaselineText Read(string text)
    {
        var lines = new List<BaselineLine>();
        var problems = new List<BaselineProblem>();
        var rows = text.Replace("\r\n", "\n").Split('\n');
        var sawHeader = false;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i].Trim();
            if (row.Length == 0)
            {
                continue;
            }

            if (row.StartsWith("#", StringComparison.Ordinal))
            {
                if (row.StartsWith("#MemoryLayout", StringComparison.Ordinal))
                {
                    if (row != BaselineFormat.Header)
                    {
                        problems.Add(new BaselineProblem(i, $"unsupported baseline header '{row}'; expected '{BaselineFormat.Header}'"));
                    }

                    sawHeader = true;
                }

                continue;
            }

            if (!sawHeader)
            {
                problems.Add(new BaselineProblem(i, $"the file must start with the header '{BaselineFormat.Header}'"));
                sawHeader = true;
            }

            if (TryParse(row, out var entry, out var error))
            {
                lines.Add(new BaselineLine(i, entry!));
            }
            else
            {
                problems.Add(new BaselineProblem(i, error));
            }
        }

        return new BaselineText(lines, problems);
    }

    /// <remarks>
    /// A baseline has a line per region, so this runs 10,000 times for a large map in every build: fields are
    /// looked up in the line's own tokens (a handful) instead of a dictionary and a set per line.
    /// </remarks>
    public static bool TryParse(string row, out BaselineEntry? entry, out string error)
    {
        entry = null;
        var tokens = row.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3)
        {
            error = "expected '<map> <ram|fixed|floating|version> ...'";
            return false;
        }

        var map = tokens[0];
        var ordinal = -1;
        string name;
        int first;
        switch (tokens[1])
        {
            case "ram":
            case "fixed":
            case "bank":
            case "reserved":
            case "gap":
            case "window":
                name = tokens[2];
                first = 3;
                break;
            case "guest32":
                name = string.Empty;
                first = 2;
                break;
            case "floating":
            case "version":
            case "policy":
                if (tokens.Length < 4 || !int.TryParse(tokens[2], NumberStyles.None, CultureInfo.InvariantCulture, out ordinal))
                {
                    error = $"expected '<map> {tokens[1]} <ordinal> <name> ...'";
                    return false;
                }

                name = tokens[3];
                first = 4;
                break;
            default:
                error = $"unknown kind '{tokens[1]}'; expected ram, fixed, floating, version, bank, reserved, gap, window, guest32 or policy";
                return false;
        }

        var fields = new Fields(tokens, first);
        if (fields.Duplicate() is { } twice)
        {
            error = $"'{twice}' is given twice";
            return false;
        }

        error = string.Empty;
        switch (tokens[1])
        {
            case "ram":
                if (Number(fields, "base", out var ramBase, ref error) && Number(fields, "window", out var window, ref error)
                    && Number(fields, "devalign", out var devAlign, ref error) && Number(fields, "slot", out var slot, ref error))
                {
                    entry = new BaselineEntry(map, BaselineKind.Ram, -1, name, ramBase, window, devAlign, slot);
                }

                break;
            case "fixed":
                if (Number(fields, "base", out var fixedBase, ref error) && Number(fields, "size", out var fixedSize, ref error))
                {
                    entry = new BaselineEntry(map, BaselineKind.Fixed, -1, name, fixedBase, fixedSize);
                }

                break;
            case "bank":
            case "reserved":
            case "gap":
            case "window":
            case "guest32":
            case "policy":
                entry = Split(tokens[1], map, ordinal, name, fields, ref error);
                break;
            case "floating":
                if (Number(fields, "size", out var size, ref error) && Number(fields, "align", out var align, ref error))
                {
                    entry = new BaselineEntry(map, BaselineKind.Floating, ordinal, name, Size: size, Alignment: align, Extra: fields.HasFlag("resizable") ? 1UL : 0UL);
                }

                break;
            default:
                if (fields.Value("layout") is not { } layout || (layout != "legacy" && layout != "compact"))
                {
                    error = "expected layout=legacy or layout=compact";
                }
                else if (fields.Value("regions") is not { } regions)
                {
                    error = "expected regions=<region>[:off],...";
                }
                else
                {
                    entry = new BaselineEntry(map, BaselineKind.Version, ordinal, name, IsLegacy: layout == "legacy", Regions: regions);
                }

                break;
        }

        return entry is not null;
    }

    /// <summary>A fact of a banked map: every field of its kind present, numbers written canonically.</summary>
    private static BaselineEntry? Split(string keyword, string map, int ordinal, string name, Fields fields, ref string error)
    {
        foreach (var schema in SplitFacts.Schema)
        {
            if (schema.Value.Keyword != keyword)
            {
                continue;
            }

            var values = new string[schema.Value.Fields.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var field = schema.Value.Fields[i];
                var key = SplitFacts.Key(field);
                if (field[0] != '#' && field[0] != '%')
                {
                    if (fields.Value(key) is not { Length: > 0 } text)
                    {
                        error = $"missing '{key}='";
                        return null;
                    }

                    values[i] = text;
                }
                else if (Number(fields, key, out var number, ref error))
                {
                    values[i] = field[0] == '#' ? BaselineFormat.Hex(number) : number.ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    return null;
                }
            }

            return SplitFacts.Entry(map, schema.Key, ordinal, name, values);
        }

        return null;
    }

    private static bool Number(Fields fields, string key, out ulong value, ref string error)
    {
        value = 0;
        if (fields.Value(key) is not { } text)
        {
            error = $"missing '{key}='";
            return false;
        }

        if (!BaselineFormat.TryParseNumber(text, out value))
        {
            error = $"'{key}={text}' is not a number below 2^64";
            return false;
        }

        return true;
    }

    /// <summary>The <c>key=value</c> fields and bare flags of one line: its tokens from <c>first</c> on.</summary>
    private readonly struct Fields
    {
        /// <summary>A well-formed line has at most eight fields; above this many, duplicates are found with a set.</summary>
        private const int ManyFields = 16;

        private readonly string[] _tokens;
        private readonly int _first;

        public Fields(string[] tokens, int first)
        {
            _tokens = tokens;
            _first = first;
        }

        /// <summary>The value of the field; null when the line has none.</summary>
        public string? Value(string key)
        {
            for (var i = _first; i < _tokens.Length; i++)
            {
                var token = _tokens[i];
                if (token.Length > key.Length && token[key.Length] == '=' && string.CompareOrdinal(token, 0, key, 0, key.Length) == 0)
                {
                    return token.Substring(key.Length + 1);
                }
            }

            return null;
        }

        /// <summary>A bare token (no <c>=</c>), such as <c>resizable</c>.</summary>
        public bool HasFlag(string flag) => Array.IndexOf(_tokens, flag, _first) >= 0;

        /// <summary>The first key given twice; null when every key is given once.</summary>
        public string? Duplicate()
        {
            if (_tokens.Length - _first > ManyFields)
            {
                return DuplicateAmongMany();
            }

            for (var i = _first; i < _tokens.Length; i++)
            {
                var equals = _tokens[i].IndexOf('=');
                for (var j = _first; equals >= 0 && j < i; j++)
                {
                    // Same key: the earlier token has the same characters up to and including its first '='.
                    if (string.CompareOrdinal(_tokens[j], 0, _tokens[i], 0, equals + 1) == 0 && _tokens[j].Length > equals)
                    {
                        return _tokens[i].Substring(0, equals);
                    }
                }
            }

            return null;
        }

        /// <summary>The same for a line with many fields (a malformed one): a set, so a long line stays linear.</summary>
        private string? DuplicateAmongMany()
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = _first; i < _tokens.Length; i++)
            {
                var equals = _tokens[i].IndexOf('=');
                if (equals >= 0 && !keys.Add(_tokens[i].Substring(0, equals)))
                {
                    return _tokens[i].Substring(0, equals);
                }
            }

            return null;
        }
    }
}
