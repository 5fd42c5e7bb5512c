using System;
using System.Collections.Generic;
using System.Linq;

namespace MemmapGen.Analyzers.Compat;

/// <summary>
/// Decides, exactly, whether floating regions inserted among shipped ones can move a shipped region: for every
/// layout, every combination of requested flags, every raised size and every possible start of the floating area.
/// <para>
/// Why it is finite: alignments are powers of two, so placements only depend on the cursor modulo the alignments
/// involved. The prover runs the old and the new sequence in lockstep over an abstract cursor "c ≡ r (mod 2^e)"
/// (every such c reachable): a region aligned to at most 2^e keeps the residue exact, a larger one resets it to its
/// size modulo its alignment. Between two shipped regions the inserted ones add a delta that depends only on the
/// cursor modulo their own alignments; the next shipped region moves exactly when that delta exceeds the smallest
/// slack before its aligned base over the residues the cursor can have. Physical-address width only disables
/// regions, which the search over requested flags already covers: a region that does not fit behaves like one not
/// requested.
/// </para>
/// </summary>
internal static class InsertionProver
{
    private const int MaxResidues = 1 << 20;
    private const int MaxWitnessSteps = 1 << 16;

    /// <summary>Null when no shipped region can move; otherwise a witness (with a concrete start when one was found).</summary>
    public static InsertionWitness? FindMove(IReadOnlyList<FloatingDef> shipped, IReadOnlyList<FloatingDef> current, StartSpace space)
    {
        var shippedNames = new HashSet<string>(shipped.Select(r => r.Name), StringComparer.Ordinal);
        var lastShipped = -1;
        var firstInserted = -1;
        for (var i = 0; i < current.Count; i++)
        {
            if (shippedNames.Contains(current[i].Name))
            {
                lastShipped = i;
            }
            else if (firstInserted < 0)
            {
                firstInserted = i;
            }
        }

        if (firstInserted < 0 || firstInserted > lastShipped)
        {
            return null; // nothing inserted, or only appended after every shipped region: nothing can move
        }

        foreach (var sizes in RaisedSizes(shipped, current, space))
        {
            foreach (var start in Starts(space))
            {
                var all = current.ToDictionary(r => r.Name, _ => true, StringComparer.Ordinal);
                var legacy = new PlanConfig(legacy: true, all, sizes);
                if (MovesInLegacy(current, shippedNames, legacy, start))
                {
                    return Witness(shipped, current, legacy, space, start);
                }

                if (FindCompactMove(current, shippedNames, sizes, start) is { } requested)
                {
                    return Witness(shipped, current, new PlanConfig(legacy: false, requested, sizes), space, start);
                }
            }
        }

        return null;
    }

    /// <summary>Legacy: every region advances the cursor, whatever is requested, so there is one run to check.</summary>
    private static bool MovesInLegacy(IReadOnlyList<FloatingDef> current, HashSet<string> shippedNames, PlanConfig config, Residue start)
    {
        var cursor = start;
        var pending = new List<(ulong Align, ulong Size)>();
        foreach (var region in current)
        {
            var size = config.SizeOf(region);
            var align = region.AlignFor(size);
            if (!shippedNames.Contains(region.Name))
            {
                pending.Add((align, size));
                continue;
            }

            // A shipped region is enabled in some legacy plan (flags are free), so any shift of it counts.
            if (pending.Count > 0 && Shifts(cursor, pending, align))
            {
                return true;
            }

            pending.Clear();
            if (!cursor.Advance(align, size, out cursor))
            {
                return false; // past 2^64: nothing later is placed in either plan
            }
        }

        return false;
    }

    /// <summary>
    /// Compact: which regions advance the cursor depends on the flags. Instead of enumerating 2^n flag sets, the
    /// search carries the distinct lockstep states (cursor class, inserted regions placed since the last shipped
    /// one) region by region; equal states behave alike whatever flags led to them. Returns the flags of a plan in
    /// which a requested shipped region moves, or null.
    /// </summary>
    private static Dictionary<string, bool>? FindCompactMove(IReadOnlyList<FloatingDef> current, HashSet<string> shippedNames, IReadOnlyDictionary<string, ulong> sizes, Residue start)
    {
        var states = new Dictionary<string, LockstepState>(StringComparer.Ordinal)
        {
            [string.Empty] = new LockstepState(start, ImmutableStack.Empty, new bool[current.Count]),
        };
        for (var i = 0; i < current.Count; i++)
        {
            var region = current[i];
            var size = sizes.TryGetValue(region.Name, out var raised) ? raised : region.Size;
            var align = region.AlignFor(size);
            var inserted = !shippedNames.Contains(region.Name);
            var next = new Dictionary<string, LockstepState>(StringComparer.Ordinal);
            foreach (var state in states.Values)
            {
                // Not requested: it reserves nothing in either plan.
                Add(next, state);

                var flags = (bool[])state.Flags.Clone();
                flags[i] = true;
                if (inserted)
                {
                    Add(next, new LockstepState(state.Cursor, state.Pending.Push((align, size)), flags));
                    continue;
                }

                var pending = state.Pending.ToList();
                if (pending.Count > 0 && Shifts(state.Cursor, pending, align))
                {
                    var requested = new Dictionary<string, bool>(StringComparer.Ordinal);
                    for (var k = 0; k < current.Count; k++)
                    {
                        requested[current[k].Name] = k > i || flags[k];
                    }

                    return requested;
                }

                if (state.Cursor.Advance(align, size, out var cursor))
                {
                    Add(next, new LockstepState(cursor, ImmutableStack.Empty, flags));
                }
            }

            states = next;
        }

        return null;
    }

    private static void Add(Dictionary<string, LockstepState> states, LockstepState state)
    {
        var key = state.Key;
        if (!states.ContainsKey(key))
        {
            states.Add(key, state);
        }
    }

    /// <summary>Whether the inserted regions, placed from any cursor of the class, push the next aligned base.</summary>
    private static bool Shifts(Residue cursor, List<(ulong Align, ulong Size)> pending, ulong align)
    {
        var largest = pending.Max(p => p.Align);
        if (largest >= align)
        {
            return true; // it lands on or past the shipped region's aligned base
        }

        if (cursor.Determines(align))
        {
            var c = cursor.Value & (align - 1);
            return !PlaceAll(pending, c, out var after) || after > Placement.AlignUp(c, align);
        }

        // The cursor's residue modulo 2^e is known; the delta depends on it modulo the largest inserted alignment.
        var modulus = Math.Max(largest, cursor.Modulus);
        var count = modulus / cursor.Modulus;
        if (count > MaxResidues)
        {
            return true;
        }

        for (ulong j = 0; j < count; j++)
        {
            var rho = cursor.Value + (j * cursor.Modulus);
            if (!PlaceAll(pending, rho, out var after))
            {
                return true;
            }

            var minSlack = (modulus - rho) & (modulus - 1);
            if (after - rho > minSlack)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PlaceAll(List<(ulong Align, ulong Size)> pending, ulong cursor, out ulong after)
    {
        after = cursor;
        foreach (var (align, size) in pending)
        {
            if (after > ulong.MaxValue - (align - 1))
            {
                return false;
            }

            var regionBase = Placement.AlignUp(after, align);
            if (size > ulong.MaxValue - regionBase)
            {
                return false;
            }

            after = regionBase + size;
        }

        return true;
    }

    private static IEnumerable<Residue> Starts(StartSpace space)
    {
        yield return Residue.Exact(space.Floor);
        yield return space.DeviceAlignment > 1 ? Residue.Multiple(space.DeviceAlignment) : Residue.Any;
    }

    /// <summary>
    /// Raised sizes of resizable regions: every power of two from the declared size up to twice the largest other
    /// alignment (larger ones behave alike: the cursor after them is aligned beyond anything that follows).
    /// </summary>
    private static IEnumerable<IReadOnlyDictionary<string, ulong>> RaisedSizes(IReadOnlyList<FloatingDef> shipped, IReadOnlyList<FloatingDef> current, StartSpace space)
    {
        var resizable = current.Where(r => r.Resizable && Placement.IsPowerOfTwo(r.Size)).ToList();
        var fixedAligns = current.Concat(shipped).Where(r => !r.Resizable).Select(r => r.AlignFor(r.Size)).Append(space.DeviceAlignment).Max();
        var options = new List<List<ulong>>();
        foreach (var region in resizable)
        {
            var limit = Math.Max(region.Size, fixedAligns);
            var sizes = new List<ulong>();
            for (var size = region.Size; size != 0 && space.AddressBits > Placement.Log2(size); size <<= 1)
            {
                sizes.Add(size);
                if (size > limit)
                {
                    break;
                }
            }

            options.Add(sizes.Count == 0 ? new List<ulong> { region.Size } : sizes);
        }

        var choice = new int[resizable.Count];
        while (true)
        {
            var pick = new Dictionary<string, ulong>(StringComparer.Ordinal);
            for (var i = 0; i < resizable.Count; i++)
            {
                pick[resizable[i].Name] = options[i][choice[i]];
            }

            yield return pick;
            var k = 0;
            while (k < choice.Length && ++choice[k] == options[k].Count)
            {
                choice[k++] = 0;
            }

            if (k == choice.Length)
            {
                yield break;
            }
        }
    }

    /// <summary>Finds a concrete start that shows the move, by running both plans.</summary>
    private static InsertionWitness Witness(IReadOnlyList<FloatingDef> shipped, IReadOnlyList<FloatingDef> current, PlanConfig config, StartSpace space, Residue start)
    {
        var flags = current.Where(r => !config.Legacy).ToDictionary(r => r.Name, config.IsRequested, StringComparer.Ordinal);
        var step = space.DeviceAlignment > 1 ? space.DeviceAlignment : current.Concat(shipped).Min(r => r.AlignFor(config.SizeOf(r)));
        var first = start.IsExact ? space.Floor : Placement.AlignUp(Math.Max(space.Floor, space.RamBase), Math.Max(step, 1));
        for (var i = 0; i < (start.IsExact ? 1 : MaxWitnessSteps); i++)
        {
            var candidate = first + ((ulong)i * step);
            if (candidate < first)
            {
                break;
            }

            var before = Placement.Run(shipped, candidate, config);
            var after = Placement.Run(current, candidate, config);
            foreach (var region in shipped)
            {
                if (before.TryGetValue(region.Name, out var oldBase)
                    && (!after.TryGetValue(region.Name, out var newBase) || newBase != oldBase))
                {
                    return new InsertionWitness(
                        config.Legacy, flags, config.Sizes, candidate, RamSizeFor(candidate, space), region.Name, oldBase,
                        after.TryGetValue(region.Name, out var moved) ? moved : null);
                }
            }
        }

        var firstShipped = shipped.FirstOrDefault()?.Name ?? "?";
        return new InsertionWitness(config.Legacy, flags, config.Sizes, null, null, firstShipped, null, null);
    }

    /// <summary>A RAM size whose plan starts the floating area at <paramref name="start"/>.</summary>
    private static ulong RamSizeFor(ulong start, StartSpace space)
    {
        if (start <= space.Floor)
        {
            var room = space.Floor - Math.Min(space.Floor, space.RamBase);
            return space.DeviceAlignment > 0 ? Math.Min(room, space.DeviceAlignment) : room;
        }

        return start - space.RamBase;
    }
}
