using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Package.Tests.Infrastructure;

/// <summary>One <c>file(line,col): error ID: message</c> line of MSBuild output.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^\s*(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?\s*$",
        RegexOptions.Multiline);

    /// <summary>Every diagnostic in the output, once: MSBuild repeats them in its summary.</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        Pattern.Matches(output)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value,
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .Distinct()
            .ToList();
}
