using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Property.Tests.Infrastructure;
using MemmapGen.Property.Tests.Model;

namespace MemmapGen.Property.Tests;

/// <summary>The properties every banked plan must have, then agreement with <see cref="BankedReference"/>.</summary>
internal sealed class BankedChecks
{
    private static readonly UInt128 Top = (UInt128)ulong.MaxValue + 1;

    private readonly Dictionary<string, int> _counts = new();

    public string Counts => string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    public void Check(CompiledBankedPlanner planner, BankedShape shape, BankedInput input)
    {
        var raw = planner.Plan(input);
        Require(raw.SequenceEqual(planner.Plan(input)), "the same input planned twice differs");
        var plan = BankedPlan.Decode(shape, raw);
        Count(plan.Ok ? "plans" : "error " + (PlanErrorKind)plan.ErrorKind);
        if (plan.Ok)
        {
            CheckPlan(shape, input, plan);
        }

        var expected = BankedReference.Plan(shape, input);
        Require(plan.Ok == (expected is not null), $"the reference {(expected is null ? "refuses" : "plans")}: {expected}\n  generated: {plan}");
        if (expected is not null)
        {
            Require(plan.Banks.SequenceEqual(expected.Banks), $"banks differ from the reference's {expected}\n  generated: {plan}");
            Require(plan.DeviceMemory == expected.DeviceMemory && plan.Window == expected.Window && plan.Gap == expected.Gap, $"device memory, gap or window differ: reference {expected}\n  generated: {plan}");
            Require(plan.ReservedActive.SequenceEqual(expected.ReservedActive) && plan.LastUsed == expected.LastUsed && plan.ReservedEnd == expected.ReservedEnd, $"active windows, last used or reserved end differ: reference {expected}\n  generated: {plan}");
            Require(plan.E820.SequenceEqual(expected.E820), $"e820 differs: reference {expected}\n  generated: {plan}");
        }
    }

    private void CheckPlan(BankedShape shape, BankedInput input, BankedPlan plan)
    {
        var ranges = plan.Banks.Select(b => (b.Base, b.Size)).Append(plan.DeviceMemory).Append(plan.Gap).Append(plan.Window).Append(plan.Advertised);
        foreach (var (b, size) in ranges)
        {
            Require((UInt128)b + size <= Top, $"a range wraps: 0x{b:X}+0x{size:X}");
        }

        var banks = plan.Banks.Where(b => b.Size != 0).Select(b => (b.Base, b.Size)).ToList();
        var others = new List<(ulong Base, ulong Size, string What)> { (plan.Gap.Base, plan.Gap.Size, "the gap") };
        others.AddRange(shape.Fixed.Select((f, i) => (f.Base, f.Size, "X" + i)));
        // A 32-bit guest left unchecked counts the whole width as used, so the spec lets its RAM run over R0.
        if (shape.RelocatePastR0 && plan.ReservedActive[0] && BankedReference.Checked(shape, input))
        {
            others.Add((shape.Reserved[0].Base, shape.Reserved[0].Size, "the active window it relocates past"));
        }

        // An active window no bank relocates past is not avoided: such a map is a declaration error (MMG0039); counted, not failed.
        if (shape.Reserved.Where((r, i) => plan.ReservedActive[i] && !(i == 0 && shape.RelocatePastR0)).Any(r => banks.Any(b => Overlap(b, (r.Base, r.Size)))))
        {
            Count("RAM over an active window it does not relocate past");
        }

        for (var i = 0; i < banks.Count; i++)
        {
            for (var j = i + 1; j < banks.Count; j++)
            {
                Require(!Overlap(banks[i], banks[j]), "two banks overlap");
            }

            foreach (var other in others)
            {
                Require(!Overlap(banks[i], (other.Base, other.Size)), $"bank 0x{banks[i].Base:X}+0x{banks[i].Size:X} overlaps {other.What}");
            }
        }

        // Every bank and the window fit the width, except where the spec lets a 32-bit guest go unchecked.
        var width = (UInt128)1 << input.Bits;
        Require(plan.LastUsed < width, "the highest used address is past the width");
        if (input.Guest64 != 0)
        {
            Require(banks.All(b => (UInt128)b.Base + b.Size <= width) && (UInt128)plan.Window.Base + plan.Window.Size <= width, "a bank or the window is past the width");
        }

        var ram = plan.E820.Where(e => e.Type == 1).Select(e => (e.Base, e.Size)).ToList();
        Require(ram.SequenceEqual(banks), "e820's RAM entries are not the banks, in order");
        Require(plan.E820.TakeWhile(e => e.Type == 2).Count() == plan.E820.Count(e => e.Type == 2), "a reserved e820 entry follows RAM");

        var last = plan.Banks[^1];
        if (last.Relocated)
        {
            Count("relocated");
            Require(shape.RelocatePastR0 && plan.ReservedActive[0] && last.Base == shape.Reserved[0].Base + shape.Reserved[0].Size, "relocated without an active window, or not to its end");
        }
        else if (shape.RelocatePastR0 && plan.ReservedActive[0])
        {
            Require(plan.LastUsed < shape.Reserved[0].Base, "an active window is reached and RAM did not move");
        }
    }

    private static bool Overlap((ulong Base, ulong Size) a, (ulong Base, ulong Size) b) =>
        a.Size != 0 && b.Size != 0 && (UInt128)a.Base < (UInt128)b.Base + b.Size && (UInt128)b.Base < (UInt128)a.Base + a.Size;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private void Count(string key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;
}
