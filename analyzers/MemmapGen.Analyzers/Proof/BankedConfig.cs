namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// One class of banked plan inputs: everything discrete about a plan, fixed, so that within it every planned address
/// grows with the continuous inputs (docs/plan-proof.md). Masks are over reserved-window indices (<see cref="Active"/>)
/// or bank indices (the rest).
/// </summary>
/// <param name="Guest64">A 64-bit guest; otherwise a 32-bit guest whose memory is checked against the width.</param>
/// <param name="Hotplug">The plan has hot-plug memory (MaxRamSize above RamSize).</param>
/// <param name="WindowsFree">Window sizes are chosen by the plan rather than declared.</param>
/// <param name="Active">Reserved windows the plan avoids and enforces.</param>
/// <param name="CapOff">Banks whose optional large-RAM cap the plan switches off.</param>
/// <param name="LimitMax">Banks given their largest limit rather than the declared one.</param>
/// <param name="Relocated">Banks assumed to move past their reserved window (checked against the plan's own trigger).</param>
internal readonly record struct BankedConfig(bool Guest64, bool Hotplug, bool WindowsFree, int Active, int CapOff, int LimitMax, int Relocated)
{
    public static bool Has(int mask, int index) => (mask & (1 << index)) != 0;

    /// <summary>How far the class is from a plan with every option as declared: fewer is a simpler witness.</summary>
    public int Overrides =>
        (Guest64 ? 0 : 1) + (Hotplug ? 1 : 0) + (WindowsFree ? 1 : 0) + Count(Active) + Count(CapOff) + Count(LimitMax);

    private static int Count(int mask)
    {
        var count = 0;
        for (; mask != 0; mask &= mask - 1)
        {
            count++;
        }

        return count;
    }
}
