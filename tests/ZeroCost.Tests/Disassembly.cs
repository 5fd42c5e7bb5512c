using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ZeroCost.Tests;

/// <summary>One method's listing from <c>DOTNET_JitDisasm</c>: its header, and its instructions without labels or comments.</summary>
public sealed class Disassembly
{
    private const string ListingStart = "; Assembly listing for method ";
    private const string ListingEnd = "; Total bytes of code";

    private Disassembly(string name, string text, IReadOnlyList<Instruction> instructions, bool isArm64)
    {
        Name = name;
        Text = text;
        Instructions = instructions;
        IsArm64 = isArm64;
    }

    /// <summary>The method's simple name, e.g. <c>GetGicCpuBase</c>.</summary>
    public string Name { get; }

    /// <summary>The listing as the JIT printed it, for failure messages.</summary>
    public string Text { get; }

    public IReadOnlyList<Instruction> Instructions { get; }

    /// <summary>Arm64 code (the header says which target the JIT emitted for); otherwise x64.</summary>
    public bool IsArm64 { get; }

    /// <summary>Splits a JIT listing into methods, keyed by simple name (the last listing wins if one repeats).</summary>
    public static IReadOnlyDictionary<string, Disassembly> Parse(string listing)
    {
        var methods = new Dictionary<string, Disassembly>(StringComparer.Ordinal);
        string[] lines = listing.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(ListingStart, StringComparison.Ordinal))
                continue;
            int end = i + 1;
            while (end < lines.Length && !lines[end].StartsWith(ListingEnd, StringComparison.Ordinal) && !lines[end].StartsWith(ListingStart, StringComparison.Ordinal))
                end++;
            string[] body = lines[i..Math.Min(end + 1, lines.Length)];
            bool arm64 = body.Any(line => line.StartsWith("; Emitting", StringComparison.Ordinal) && line.Contains("ARM64", StringComparison.OrdinalIgnoreCase));
            var instructions = body.Select(Instruction.TryParse).OfType<Instruction>().ToList();
            string name = SimpleName(lines[i][ListingStart.Length..]);
            methods[name] = new Disassembly(name, string.Join('\n', body), instructions, arm64);
            i = end - 1;
        }
        return methods;
    }

    // "Ns.Class:Method(args):ret (FullOpts)" -> "Method".
    private static string SimpleName(string signature)
    {
        string beforeArgs = signature.Split('(', 2)[0];
        return beforeArgs[(beforeArgs.LastIndexOf(':') + 1)..];
    }

    /// <summary>One instruction: mnemonic and operands, comments removed.</summary>
    public sealed record Instruction(string Mnemonic, IReadOnlyList<string> Operands, string Line)
    {
        public static Instruction? TryParse(string line)
        {
            // x64 listings comment with ';', arm64 listings also with '//'.
            string code = line.Split(';', 2)[0].Split("//", 2)[0].Trim();
            // Blank lines, comments and block labels ("G_M000_IG02:") are not instructions.
            if (code.Length == 0 || code.EndsWith(':'))
                return null;
            string[] parts = code.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            IReadOnlyList<string> operands = parts.Length < 2 ? Array.Empty<string>() : SplitOperands(parts[1]);
            return new Instruction(parts[0].ToLowerInvariant(), operands, line.Trim());
        }

        // Commas inside brackets ("[sp, #-0x10]!") do not separate operands.
        private static List<string> SplitOperands(string text)
        {
            var operands = new List<string>();
            int depth = 0, start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '[') depth++;
                else if (text[i] == ']') depth--;
                else if (text[i] == ',' && depth == 0)
                {
                    operands.Add(text[start..i].Trim());
                    start = i + 1;
                }
            }
            operands.Add(text[start..].Trim());
            return operands;
        }

        /// <summary>The operand as a number ("0x8010000", "#0x801", "16", "-1"), if it is one.</summary>
        public static bool TryParseImmediate(string operand, out ulong value)
        {
            string text = operand.Trim().TrimStart('#').Trim();
            bool negative = text.StartsWith('-');
            if (negative) text = text[1..];
            bool parsed = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? ulong.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
                : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            if (parsed && negative) value = unchecked(0UL - value);
            return parsed;
        }
    }
}
