using System.Numerics;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// Which hot-plug inputs give device memory of a size: <c>MaxRamSize - RamSize + RamSlots * SlotSize</c> with the
/// maximum a multiple of <c>MaxRamAlignment</c> and at most <c>MaxSlots</c> slots. Solved exactly (a linear
/// congruence in the slot count), so a witness is always a plan the planner accepts.
/// </summary>
internal sealed class HotplugInputs
{
    private readonly ulong _slotSize;
    private readonly uint _maxSlots;
    private readonly ulong _alignment;
    private readonly ulong _step;

    public HotplugInputs(BankedFacts facts)
    {
        _slotSize = facts.SlotSize;
        _maxSlots = facts.MaxSlots;
        _alignment = facts.MaxRamAlignment > 1 ? facts.MaxRamAlignment : 1;
        var residue = _slotSize % _alignment;
        _step = residue == 0 ? _alignment : Gcd(residue, _alignment);
    }

    /// <summary>
    /// The smallest device memory size at or above <paramref name="from"/> that some slot count can give with
    /// <paramref name="ram"/> of RAM (a first guess: sizes congruent to -RAM modulo the step; <see cref="Slots"/> decides).
    /// </summary>
    public ulong? Smallest(ulong ram, ulong from)
    {
        if (Congruent(ram, from) is not { } first)
        {
            return null;
        }

        for (ulong size = first, tries = 0; tries < 4; tries++, size += _step)
        {
            if (Slots(ram, size) is not null)
            {
                return size;
            }

            if (_step > ulong.MaxValue - size)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The smallest size at or above <paramref name="from"/> congruent to -RAM modulo the step: every size slots can
    /// give is, so a range of sizes without one holds no plan.
    /// </summary>
    public ulong? Congruent(ulong ram, ulong from)
    {
        var missing = (_step - (((from % _step) + (ram % _step)) % _step)) % _step;
        return missing > ulong.MaxValue - from ? null : from + missing;
    }

    /// <summary>The fewest slots that give device memory of <paramref name="size"/> with <paramref name="ram"/> of RAM, or null.</summary>
    public ulong? Slots(ulong ram, ulong size)
    {
        if (size == 0)
        {
            return null;
        }

        var modulus = new BigInteger(_alignment);
        var target = (new BigInteger(ram) + size) % modulus;
        var perSlot = new BigInteger(_slotSize) % modulus;
        BigInteger slots;
        if (modulus.IsOne)
        {
            slots = BigInteger.Zero;
        }
        else
        {
            var common = BigInteger.GreatestCommonDivisor(perSlot.IsZero ? modulus : perSlot, modulus);
            if (!(target % common).IsZero)
            {
                return null;
            }

            var reduced = modulus / common;
            slots = reduced.IsOne ? BigInteger.Zero : target / common * Inverse(perSlot / common, reduced) % reduced;
        }

        // The rest is the hot-plug part of the maximum: at least one byte, and the maximum itself below 2^64.
        var rest = new BigInteger(size) - (slots * _slotSize);
        var maxRam = new BigInteger(ram) + rest;
        var slotsAllowed = _maxSlots == 0 || slots <= _maxSlots;
        return rest.Sign > 0 && maxRam <= ulong.MaxValue && slotsAllowed ? (ulong)slots : null;
    }

    /// <summary>The maximum RAM size a plan asks for to get device memory of <paramref name="size"/> with these slots.</summary>
    public ulong MaxRam(ulong ram, ulong size, ulong slots) => ram + (size - (slots * _slotSize));

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static BigInteger Inverse(BigInteger value, BigInteger modulus)
    {
        var (oldR, r) = (value % modulus, modulus);
        var (oldS, s) = (BigInteger.One, BigInteger.Zero);
        while (!r.IsZero)
        {
            var quotient = oldR / r;
            (oldR, r) = (r, oldR - (quotient * r));
            (oldS, s) = (s, oldS - (quotient * s));
        }

        return ((oldS % modulus) + modulus) % modulus;
    }
}
