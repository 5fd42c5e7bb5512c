using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Property.Tests.Model;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>What the exhaustive search saw: inputs tried, plans accepted, inputs with a problem and the first one.</summary>
internal sealed record SearchResult(long Inputs, long Plans, long ProblemInputs, string? FirstProblem);

/// <summary>
/// Plans every input of a small domain with the compiled planner and looks for a problem (<see cref="PlanProblems"/>):
/// RAM sizes k units and k units + 1 up to twice the shape's top, maximum RAM 0 or RAM aligned up plus 0-3 units with
/// 0-2 slots, 64-bit and checked 32-bit guests, each reserved window avoided or not, each bank's declared or largest
/// limit, each large-RAM cap on or off, the window's declared size, 0 or a few small sizes, at the map's width; a plan
/// that fits a narrower width is planned again there for the past-width question.
/// </summary>
internal static class ExhaustiveSearch
{
    private const ulong Unit = SmallBankedShapes.Unit;

    public static SearchResult Run(CompiledBankedPlanner planner, BankedShape shape)
    {
        long inputs = 0, plans = 0, problems = 0;
        string? first = null;
        foreach (var input in Inputs(shape))
        {
            inputs++;
            var plan = BankedPlan.Decode(shape, planner.Plan(input));
            if (!plan.Ok)
            {
                continue;
            }

            plans++;
            if (Problem(planner, shape, input, plan) is { } problem)
            {
                problems++;
                first ??= $"{problem}\n  input {input}\n  plan {plan}";
            }
        }

        return new SearchResult(inputs, plans, problems, first);
    }

    private static string? Problem(CompiledBankedPlanner planner, BankedShape shape, BankedInput input, BankedPlan plan)
    {
        var guest64 = input.Guest64 != 0;
        if (PlanProblems.Overlap(shape, plan, guest64) is { } overlap)
        {
            return overlap;
        }

        var narrowest = Math.Max(1, PlanProblems.NarrowestWidth(plan));
        if (narrowest >= input.Bits)
        {
            return PlanProblems.PastWidth(plan, guest64, input.Bits);
        }

        // The same input at the narrowest width the plan fits: accepted there, a part past it is a problem.
        var narrow = input with { Bits = narrowest };
        var replanned = BankedPlan.Decode(shape, planner.Plan(narrow));
        return replanned.Ok ? PlanProblems.PastWidth(replanned, guest64, narrowest) is { } past ? $"{past} (at {narrowest} bits)" : null : null;
    }

    public static IEnumerable<BankedInput> Inputs(BankedShape shape)
    {
        var top = SmallBankedShapes.Top(shape);
        var lowBanks = shape.Banks.Count - 1;
        var limits = Product(Enumerable.Range(0, lowBanks).Select(i => LimitChoices(shape, i)).ToList());
        var caps = Product(Enumerable.Range(0, lowBanks).Select(i => shape.Banks[i].LargeRamLimit != 0 ? new long[] { -1, 0 } : new long[] { -1 }).ToList());
        var avoids = Product(shape.Reserved.Select(_ => new long[] { 0, 1 }).ToList());
        var enforce = shape.Reserved.Select(_ => -1).ToArray();
        var windows = new ulong?[] { null, 0, Unit, 2 * Unit + 1, 3 * Unit };
        for (var k = 0UL; k <= 2 * top / Unit; k++)
        {
            foreach (var ram in new[] { k * Unit, k * Unit + 1 })
            {
                var aligned = (ram + Unit - 1) / Unit * Unit;
                foreach (var (maxRam, slots) in new[] { (0UL, 0UL) }.Concat(
                    from extra in Enumerable.Range(0, 4) from s in Enumerable.Range(0, 3) select (aligned + (ulong)extra * Unit, (ulong)s)))
                {
                    foreach (var guest64 in new[] { 1, 0 })
                    {
                        foreach (var limit in limits)
                        {
                            foreach (var cap in caps)
                            {
                                foreach (var avoid in avoids)
                                {
                                    foreach (var window in windows)
                                    {
                                        yield return new BankedInput(
                                            ram, maxRam, slots, shape.AddressBits, -1, guest64, -1,
                                            limit.Select(l => unchecked((ulong)l)).ToArray(), cap.Select(c => (int)c).ToArray(),
                                            avoid.Select(a => (int)a).ToArray(), enforce, window, -1);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Declared (no override) or the largest: <c>MaxLimit</c>, or up to the next bank without one.</summary>
    private static long[] LimitChoices(BankedShape shape, int bank)
    {
        var b = shape.Banks[bank];
        var largest = b.MaxLimit != 0 ? b.MaxLimit : shape.Banks[bank + 1].Base - b.Base;
        return largest == b.Limit ? new[] { unchecked((long)ulong.MaxValue) } : new[] { unchecked((long)ulong.MaxValue), (long)largest };
    }

    /// <summary>Every combination of one choice per position (one empty combination for no positions).</summary>
    private static List<long[]> Product(IReadOnlyList<long[]> choices)
    {
        var result = new List<long[]> { Array.Empty<long>() };
        foreach (var options in choices)
        {
            result = result.SelectMany(prefix => options.Select(o => prefix.Append(o).ToArray())).ToList();
        }

        return result;
    }
}
