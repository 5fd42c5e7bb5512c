using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>One fuzz input: C# sources and baseline files, and which malformations were applied (none: meant to be valid).</summary>
internal sealed record FuzzCase(int Seed, IReadOnlyList<string> Kinds, IReadOnlyList<CaseFile> Sources, IReadOnlyList<CaseFile> AdditionalFiles)
{
    public bool MeantValid => Kinds.Count == 0;

    public override string ToString() =>
        $"seed {Seed} [{string.Join(", ", Kinds)}]\n"
        + string.Concat(Sources.Select(s => $"--- {s.Path}\n{s.Text}\n"))
        + string.Concat(AdditionalFiles.Select(f => $"--- {f.Path} (additional)\n{f.Text}\n"));
}

/// <summary>What a case is made of while mutations edit it.</summary>
internal sealed class CaseDraft
{
    public CaseDraft(Random random) => Random = random;

    public Random Random { get; }

    public List<MapModel> Maps { get; } = new();

    /// <summary>Baseline files (path, text); mutations may break them.</summary>
    public List<CaseFile> Baselines { get; } = new();

    /// <summary>Other source files (a second enum, constants).</summary>
    public List<CaseFile> ExtraSources { get; } = new();

    /// <summary>Edits of the rendered text of map <c>Index</c> (syntax damage), applied last.</summary>
    public List<(int Index, Func<string, string> Edit)> TextEdits { get; } = new();

    public MapModel AnyMap => Maps[Random.Next(Maps.Count)];

    public IReadOnlyList<CaseFile> RenderSources()
    {
        var files = new List<CaseFile>();
        for (var i = 0; i < Maps.Count; i++)
        {
            var text = Maps[i].Render();
            foreach (var (index, edit) in TextEdits)
            {
                if (index == i)
                {
                    text = edit(text);
                }
            }

            files.Add(new CaseFile("Map" + i + ".cs", text));
        }

        files.AddRange(ExtraSources);
        return files;
    }
}
