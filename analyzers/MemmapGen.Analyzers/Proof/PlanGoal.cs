namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// What the search looks for in a plan class: a plan (a point) with some property. <see cref="Possible"/> decides, from
/// the plan at the lowest and at the highest corner of a box, whether any point of the box can have it: every address
/// grows from the low corner to the high one, so a "no" there is a proof for the whole box.
/// </summary>
internal abstract class PlanGoal
{
    /// <summary>The part the goal is about (a <see cref="PartLayout"/> index).</summary>
    public abstract int Part { get; }

    public abstract bool Possible(BankedModel low, BankedModel high);

    /// <summary>Whether a plan has the property, planned for the narrowest width that holds it (<paramref name="bits"/>).</summary>
    public abstract bool Holds(BankedModel plan, int bits);

    /// <summary>A part present at some point of a box is present at one of its corners: banks, device memory and windows grow, gaps shrink.</summary>
    protected static bool MaybePresent(int part, BankedModel low, BankedModel high) => low.Present[part] || high.Present[part];
}

/// <summary>A part overlaps another part, or a fixed range (a fixed region, an active reserved window).</summary>
internal sealed class OverlapGoal : PlanGoal
{
    private readonly int _part;
    private readonly int _other;
    private readonly ulong _otherBase;
    private readonly ulong _otherLast;

    /// <summary>Against another part (<paramref name="other"/> a part index).</summary>
    public OverlapGoal(int part, int other)
    {
        _part = part;
        _other = other;
    }

    /// <summary>Against a fixed range, inclusive.</summary>
    public OverlapGoal(int part, ulong otherBase, ulong otherLast)
    {
        _part = part;
        _other = -1;
        _otherBase = otherBase;
        _otherLast = otherLast;
    }

    public override int Part => _part;

    public int Other => _other;

    public override bool Possible(BankedModel low, BankedModel high)
    {
        if (!MaybePresent(_part, low, high) || (_other >= 0 && !MaybePresent(_other, low, high)))
        {
            return false;
        }

        var otherLowestBase = _other >= 0 ? low.Base[_other] : _otherBase;
        var otherHighestLast = _other >= 0 ? high.Last[_other] : _otherLast;
        return low.Base[_part] <= otherHighestLast && high.Last[_part] >= otherLowestBase;
    }

    public override bool Holds(BankedModel plan, int bits)
    {
        if (!plan.Present[_part] || (_other >= 0 && !plan.Present[_other]))
        {
            return false;
        }

        var (otherBase, otherLast) = _other >= 0 ? (plan.Base[_other], plan.Last[_other]) : (_otherBase, _otherLast);
        return plan.Base[_part] <= otherLast && otherBase <= plan.Last[_part];
    }
}

/// <summary>A part ends past 2^bits in a plan that succeeds at that width.</summary>
internal sealed class PastWidthGoal : PlanGoal
{
    private readonly int _part;

    public PastWidthGoal(int part) => _part = part;

    public override int Part => _part;

    public override bool Possible(BankedModel low, BankedModel high)
    {
        // The narrowest width a plan of the box can have is set by the lowest highest-used address.
        var bits = Bits(low.Highest);
        return MaybePresent(_part, low, high) && bits < 64 && high.Last[_part] >= 1UL << bits;
    }

    public override bool Holds(BankedModel plan, int bits) => plan.Present[_part] && bits < 64 && plan.Last[_part] >= 1UL << bits;

    /// <summary>The narrowest physical-address width whose addresses include <paramref name="highest"/>.</summary>
    public static int Bits(ulong highest)
    {
        var bits = Saturating.BitLength(highest);
        return bits < 1 ? 1 : bits;
    }
}
