using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using MemmapGen.Generator.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MemmapGen.Analyzers.Compat;

/// <summary>A baseline line with the file it came from, so diagnostics can point at it.</summary>
internal sealed record LocatedLine(BaselineEntry Entry, bool Shipped, string Path, SourceText Text, int Line)
{
    public Location Location
    {
        get
        {
            var line = Text.Lines[Line];
            return Location.Create(Path, line.Span, new LinePositionSpan(new LinePosition(Line, 0), new LinePosition(Line, line.Span.Length)));
        }
    }

    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>
/// The compilation's MemoryLayout.Shipped.txt and MemoryLayout.Unshipped.txt, read once: lines by map, and what
/// could not be read. Parsing never throws; a malformed line is kept as a problem with its location.
/// </summary>
internal sealed class BaselineSet
{
    // In the IDE every edit starts a new compilation, and with it a new read of the baseline files; their texts stay the
    // same objects until a baseline is edited, so each text is parsed once (10,000 lines: about 9 ms).
    private static readonly ConditionalWeakTable<SourceText, BaselineText> s_parsed = new();

    private readonly Dictionary<string, List<LocatedLine>> _byMap = new(StringComparer.Ordinal);

    private BaselineSet()
    {
    }

    /// <summary>True when the project has at least one baseline file.</summary>
    public bool Exists { get; private set; }

    /// <summary>The Unshipped file, when present (the code fix edits it).</summary>
    public string? UnshippedPath { get; private set; }

    public List<(Location Location, string Message)> Problems { get; } = new();

    public List<(LocatedLine Line, LocatedLine First)> Duplicates { get; } = new();

    public IEnumerable<string> Maps => _byMap.Keys;

    public static bool IsBaselineFile(string path, out bool shipped)
    {
        var name = Path.GetFileName(path);
        shipped = string.Equals(name, BaselineFormat.ShippedFileName, StringComparison.OrdinalIgnoreCase);
        return shipped || string.Equals(name, BaselineFormat.UnshippedFileName, StringComparison.OrdinalIgnoreCase);
    }

    public static BaselineSet Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var set = new BaselineSet();
        var seen = new Dictionary<string, LocatedLine>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!IsBaselineFile(file.Path, out var shipped) || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            set.Exists = true;
            if (!shipped)
            {
                set.UnshippedPath = file.Path;
            }

            var (lines, problems) = s_parsed.GetValue(text, static t => BaselineReader.Read(t.ToString()));
            foreach (var problem in problems)
            {
                var located = new LocatedLine(new BaselineEntry(string.Empty, BaselineKind.Fixed, -1, string.Empty), shipped, file.Path, text, Math.Min(problem.Line, text.Lines.Count - 1));
                set.Problems.Add((located.Location, Path.GetFileName(file.Path) + ": " + problem.Message));
            }

            foreach (var line in lines)
            {
                var located = new LocatedLine(line.Entry, shipped, file.Path, text, line.Line);
                if (seen.TryGetValue(line.Entry.Key, out var first))
                {
                    set.Duplicates.Add((located, first));
                    continue;
                }

                seen.Add(line.Entry.Key, located);
                if (!set._byMap.TryGetValue(line.Entry.Map, out var list))
                {
                    set._byMap.Add(line.Entry.Map, list = new List<LocatedLine>());
                }

                list.Add(located);
            }
        }

        return set;
    }

    public IReadOnlyList<LocatedLine> For(string map) =>
        _byMap.TryGetValue(map, out var lines) ? lines : (IReadOnlyList<LocatedLine>)Array.Empty<LocatedLine>();
}
