using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Generator.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>Edits of the baseline text files, which are additional documents of the project.</summary>
internal static class BaselineEdit
{
    private const string RegionsKey = "regions=";
    private const string OffSuffix = ":off";

    public static TextDocument? Find(Project project, string fileName) =>
        project.AdditionalDocuments.FirstOrDefault(d =>
            string.Equals(Path.GetFileName(d.FilePath ?? d.Name), fileName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Adds <paramref name="lines"/> to MemoryLayout.Unshipped.txt (replacing <paramref name="replaced"/> lines), creating
    /// it next to the project when absent. A well-formed file is re-rendered sorted; a damaged one only gets the lines appended.
    /// </summary>
    public static async Task<Solution> AddToUnshippedAsync(Project project, IReadOnlyCollection<string> lines, IReadOnlyCollection<string> replaced, CancellationToken cancellationToken)
    {
        var document = Find(project, BaselineFormat.UnshippedFileName);
        var existing = document is null ? BaselineFormat.Header + "\n" : (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
        var text = Merge(existing, lines, replaced);
        if (document is not null)
        {
            return project.Solution.WithAdditionalDocumentText(document.Id, SourceText.From(text), PreservationMode.PreserveIdentity);
        }

        var directory = Path.GetDirectoryName(Find(project, BaselineFormat.ShippedFileName)?.FilePath ?? project.FilePath ?? string.Empty) ?? string.Empty;
        return project.Solution.AddAdditionalDocument(
            DocumentId.CreateNewId(project.Id),
            BaselineFormat.UnshippedFileName,
            SourceText.From(text),
            filePath: directory.Length == 0 ? null : Path.Combine(directory, BaselineFormat.UnshippedFileName));
    }

    public static string Merge(string existing, IEnumerable<string> lines, IEnumerable<string> replaced)
    {
        var remove = new HashSet<string>(replaced.Select(l => l.Trim()), StringComparer.Ordinal);
        var (entries, problems) = BaselineReader.Read(existing);
        var added = new List<BaselineEntry>();
        foreach (var line in lines)
        {
            if (BaselineReader.TryParse(line, out var entry, out _) && entry is not null)
            {
                added.Add(entry);
            }
        }

        if (problems.Count == 0)
        {
            var kept = entries.Select(l => l.Entry).Where(e => !remove.Contains(BaselineFormat.Format(e)));
            var keys = new HashSet<string>(added.Select(e => e.Key), StringComparer.Ordinal);
            return BaselineFormat.Render(kept.Where(e => !keys.Contains(e.Key)).Concat(added));
        }

        var text = existing.Replace("\r\n", "\n");
        var rows = text.Split('\n').Where(r => !remove.Contains(r.Trim())).ToList();
        while (rows.Count > 0 && rows[rows.Count - 1].Length == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        rows.AddRange(added.Select(BaselineFormat.Format));
        return string.Join("\n", rows) + "\n";
    }

    /// <summary>
    /// Renames floating regions in every line of MemoryLayout.Shipped.txt that names them: the <c>floating</c> line and
    /// each <c>version</c> line's <c>regions=</c> list. All renames apply at once, so swapped or chained names
    /// (A to B and B to C) are not renamed twice.
    /// </summary>
    public static string Rename(string shipped, IEnumerable<BaselineRename> renames)
    {
        var byMapAndName = new Dictionary<(string Map, string Name), string>();
        foreach (var rename in renames)
        {
            byMapAndName[(rename.Map, rename.OldName)] = rename.NewName;
        }

        var rows = shipped.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            var tokens = rows[i].Split(' ');
            if (tokens.Length < 4)
            {
                continue;
            }

            var map = tokens[0];
            string NewName(string name) => byMapAndName.TryGetValue((map, name), out var renamed) ? renamed : name;

            if (tokens[1] == "floating")
            {
                tokens[3] = NewName(tokens[3]);
            }
            else if (tokens[1] == "version")
            {
                for (var t = 4; t < tokens.Length; t++)
                {
                    if (tokens[t].StartsWith(RegionsKey, StringComparison.Ordinal))
                    {
                        var regions = tokens[t].Substring(RegionsKey.Length).Split(',')
                            .Select(r => r.EndsWith(OffSuffix, StringComparison.Ordinal)
                                ? NewName(r.Substring(0, r.Length - OffSuffix.Length)) + OffSuffix
                                : NewName(r));
                        tokens[t] = RegionsKey + string.Join(",", regions);
                    }
                }
            }

            rows[i] = string.Join(" ", tokens);
        }

        return string.Join("\n", rows);
    }
}
