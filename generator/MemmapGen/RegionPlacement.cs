using System;

namespace MemmapGen;

/// <summary>
/// Where the planner put a floating region. A disabled region still has the base it would have had
/// (legacy layouts reserve it), as QEMU records it.
/// </summary>
public readonly struct RegionPlacement : IEquatable<RegionPlacement>
{
    /// <summary>Creates a placement.</summary>
    public RegionPlacement(MemRange range, PlacementState state)
    {
        Range = range;
        State = state;
    }

    /// <summary>The computed range (also for a disabled region).</summary>
    public MemRange Range { get; }

    /// <summary>Enabled, or why not.</summary>
    public PlacementState State { get; }

    /// <summary>True when the region is present in the guest.</summary>
    public bool Enabled => State == PlacementState.Enabled;

    /// <summary>First address of <see cref="Range"/>.</summary>
    public ulong Base => Range.Base;

    /// <summary>Size of <see cref="Range"/>.</summary>
    public ulong Size => Range.Size;

    /// <inheritdoc />
    public bool Equals(RegionPlacement other) => Range.Equals(other.Range) && State == other.State;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionPlacement other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Range.GetHashCode() * 3 + (int)State;

    /// <inheritdoc />
    public override string ToString() => Range + (Enabled ? string.Empty : " disabled: " + Describe(State));

    /// <summary>A short phrase for a state: <c>not requested</c>, <c>does not fit</c>.</summary>
    public static string Describe(PlacementState state) => state switch
    {
        PlacementState.Enabled => "enabled",
        PlacementState.NotRequested => "not requested",
        PlacementState.DoesNotFit => "does not fit the physical address width",
        PlacementState.NotIntroduced => "not in this machine version",
        _ => state.ToString(),
    };
}
