using System;
using System.Collections.Generic;
using System.Linq;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>A named malformation; <see cref="Apply"/> returns false when the draft has nothing it applies to.</summary>
internal sealed record Mutation(string Kind, Func<CaseDraft, bool> Apply);

/// <summary>Picking what to break.</summary>
internal static class Pick
{
    public static T? One<T>(Random random, IReadOnlyList<T> items)
        where T : class =>
        items.Count == 0 ? null : items[random.Next(items.Count)];

    public static string One(Random random, params string[] items) => items[random.Next(items.Length)];

    /// <summary>A region (of one of the roles, or any) that carries a declaring attribute, in any map of the draft.</summary>
    public static (MapModel Map, RegionModel Region)? Region(CaseDraft draft, params RegionRole[] roles)
    {
        var candidates = draft.Maps
            .SelectMany(m => m.Regions.Select(r => (Map: m, Region: r)))
            .Where(p => (roles.Length == 0 || roles.Contains(p.Region.Role)) && p.Region.Attributes.Count > 0)
            .ToList();
        return candidates.Count == 0 ? null : candidates[draft.Random.Next(candidates.Count)];
    }
}
