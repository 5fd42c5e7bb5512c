using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>Builds the fuzz case for a seed: one or two valid maps, sometimes a baseline, and in about half the cases 1-3 malformations.</summary>
internal static class CaseFactory
{
    private static readonly Mutation[] Catalog =
        DeclarationMutations.All.Concat(StructureMutations.All).Concat(TextMutations.All).ToArray();

    public static IReadOnlyList<string> Kinds => Catalog.Select(m => m.Kind).ToArray();

    public static FuzzCase Build(int seed)
    {
        var random = new Random(seed);
        var draft = new CaseDraft(random);
        var mapCount = random.Next(10) < 8 ? 1 : 2;
        for (var i = 0; i < mapCount; i++)
        {
            draft.Maps.Add(ValidMaps.Build(random, i));
        }

        var mutations = random.Next(100) < 45
            ? Catalog.OrderBy(_ => random.Next()).Take(random.Next(3) == 0 ? random.Next(2, 4) : 1).ToList()
            : new List<Mutation>();
        if (random.Next(10) < 3 || mutations.Any(m => m.Kind == "broken baseline"))
        {
            draft.Baselines.Add(new CaseFile("MemoryLayout.Shipped.txt", Baselines.Of(draft.RenderSources())));
            if (random.Next(3) == 0)
            {
                draft.Baselines.Add(new CaseFile("MemoryLayout.Unshipped.txt", "#MemoryLayout v1\n"));
            }

            // A region added after the release, after every shipped floating region: allowed, reported as info.
            var map = draft.Maps[0];
            if (random.Next(2) == 0 && map.Versions is null && map.Regions.All(r => r.Value is null))
            {
                map.Regions.Add(ValidMaps.Floating(random, map));
            }
        }

        var kinds = new List<string>();
        foreach (var mutation in mutations)
        {
            if (mutation.Apply(draft))
            {
                kinds.Add(mutation.Kind);
            }
        }

        return new FuzzCase(seed, kinds, draft.RenderSources(), draft.Baselines.ToList());
    }
}
