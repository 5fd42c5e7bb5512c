using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>
/// Replays a plan-proof witness: builds the companion's <c>PlanOptions</c> from the diagnostic's <c>Witness.*</c>
/// properties, plans it with the generated planner, and checks that the plan puts the named parts at the ranges the
/// message prints and that they overlap (or that the part ends past the width). A witness that does not replay is a
/// claim the generated code does not back, so every mismatch throws with the diagnostic's message.
/// </summary>
internal static class WitnessReplay
{
    public const string Prefix = "Witness.";

    /// <summary>The rules that carry witnesses: in-RAM-window, floating area, in possible RAM, overlap, past width.</summary>
    public static readonly IReadOnlySet<string> WitnessRules = new HashSet<string>(StringComparer.Ordinal) { "MMG0004", "MMG0005", "MMG0039", "MMG0042", "MMG0043" };

    private const string RangePattern = @"\[(0x[0-9A-F_]+), (0x[0-9A-F_]+)\]";

    private static readonly Regex Overlap = new($@"^(?<p>.+?) can overlap (?<q>.+?): with .+ the plan puts \k<p> at (?<pr>{RangePattern}) and \k<q> at (?<qr>{RangePattern})$");

    private static readonly Regex PastWidth = new($@"^(?<p>.+?) can end past the physical-address width without an error: with .+ the plan puts it at (?<pr>{RangePattern}), past (?<last>0x[0-9A-F_]+), the last address of (?<bits>\d+) bits$");

    // MMG0004/0005/0039 name the reported region first and append "; with ... the plan puts <part> at <range>".
    private static readonly Regex Covered = new($@"^Region '(?<q>[^']+)'.*; with .+ the plan puts (?<p>.+?) at (?<pr>{RangePattern})$");

    public static bool HasWitness(Diagnostic diagnostic) =>
        WitnessRules.Contains(diagnostic.Id) && diagnostic.Properties.Keys.Any(k => k.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>Replays one witness; throws when the planner does not produce what the message says.</summary>
    public static void Replay(AnalyzedMaps maps, Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        try
        {
            ReplayCore(maps, diagnostic, message);
        }
        catch (Exception failure) when (failure is not WitnessMismatchException)
        {
            throw new WitnessMismatchException($"{diagnostic.Id} {message}\n{failure.Message}", failure);
        }
    }

    private static void ReplayCore(AnalyzedMaps maps, Diagnostic diagnostic, string message)
    {
        var map = maps.MapOf(diagnostic);
        var companion = maps.CompanionOf(map);
        var options = Options(companion, diagnostic.Properties.Where(p => p.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(p => KeyValuePair.Create(p.Key[Prefix.Length..], p.Value ?? string.Empty)));
        var layout = Plan(companion, options) ?? throw new WitnessMismatchException($"{diagnostic.Id} {message}\nthe plan fails");
        var parts = new PlanParts(map, layout);
        if (diagnostic.Id == "MMG0043")
        {
            var m = Match(PastWidth, message);
            var part = parts.Range(m.Groups["p"].Value);
            Expect(part, RangeOf(m.Groups["pr"]), m.Groups["p"].Value, diagnostic, message);
            var bits = int.Parse(m.Groups["bits"].Value, CultureInfo.InvariantCulture);
            var planned = (int)options.GetType().GetProperty("PhysAddrBits")!.GetValue(options)!;
            if (bits > planned || bits >= 64 || part.Last >> bits == 0)
            {
                throw new WitnessMismatchException($"{diagnostic.Id} {message}\nthe part ends at 0x{part.Last:X}, not past {bits} bits (planned for {planned})");
            }

            return;
        }

        var match = diagnostic.Id == "MMG0042" ? Match(Overlap, message) : Match(Covered, message);
        var p = parts.Range(match.Groups["p"].Value);
        Expect(p, RangeOf(match.Groups["pr"]), match.Groups["p"].Value, diagnostic, message);
        var q = diagnostic.Id == "MMG0042" ? parts.Range(match.Groups["q"].Value) : parts.Range("'" + match.Groups["q"].Value + "'");
        if (match.Groups["qr"].Success)
        {
            Expect(q, RangeOf(match.Groups["qr"]), match.Groups["q"].Value, diagnostic, message);
        }

        if (!p.Overlaps(q))
        {
            throw new WitnessMismatchException($"{diagnostic.Id} {message}\nthe plan puts them at {p} and {q}, which do not overlap");
        }
    }

    /// <summary>Plan options by name (as <c>PlanOptions</c> names them), defaults for every option not named.</summary>
    public static object Options(Type companion, IEnumerable<KeyValuePair<string, string>> named)
    {
        var type = companion.GetNestedType("PlanOptions")!;
        var options = type.GetConstructor(Type.EmptyTypes)!.Invoke(null);
        foreach (var (name, value) in named)
        {
            var property = type.GetProperty(name) ?? throw new WitnessMismatchException($"PlanOptions has no option {name}");
            property.SetValue(options, Parse(value, property.PropertyType));
        }

        return options;
    }

    /// <summary>The companion's <c>TryPlan</c>: the layout, or null when the plan fails.</summary>
    public static object? Plan(Type companion, object options)
    {
        var tryPlan = companion.GetMethod("TryPlan", BindingFlags.Public | BindingFlags.Static)!;
        var args = new object?[] { options, null, null };
        return (bool)tryPlan.Invoke(null, args)! ? args[1] : null;
    }

    private static object Parse(string text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
        {
            return Enum.Parse(target, text);
        }

        if (target == typeof(bool))
        {
            return bool.Parse(text);
        }

        var number = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text[2..].Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        return Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
    }

    private static Match Match(Regex pattern, string message)
    {
        var match = pattern.Match(message);
        return match.Success ? match : throw new WitnessMismatchException($"the message does not read as a witness: {message}");
    }

    private static MemRange RangeOf(Group range)
    {
        var text = range.Value.Trim('[', ']').Split(", ");
        var first = (ulong)Parse(text[0], typeof(ulong));
        var last = (ulong)Parse(text[1], typeof(ulong));
        return new MemRange(first, last - first + 1);
    }

    private static void Expect(MemRange planned, MemRange printed, string part, Diagnostic diagnostic, string message)
    {
        if (!planned.Equals(printed))
        {
            throw new WitnessMismatchException($"{diagnostic.Id} {message}\nthe plan puts {part} at {planned}, the message says {printed}");
        }
    }
}

/// <summary>A witness the generated planner does not reproduce.</summary>
internal sealed class WitnessMismatchException : Exception
{
    public WitnessMismatchException(string message)
        : base(message)
    {
    }

    public WitnessMismatchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
