namespace MemmapGen;

/// <summary>Whether a planned floating region is present in the guest and, if not, why.</summary>
public enum PlacementState : byte
{
    /// <summary>The region is placed and enabled.</summary>
    Enabled = 0,

    /// <summary>The plan's options disabled it.</summary>
    NotRequested = 1,

    /// <summary>It was requested, but its aligned slot ends past 2^PhysAddrBits, so it was disabled.</summary>
    DoesNotFit = 2,

    /// <summary>The plan's machine version predates the region: it does not exist and reserves nothing.</summary>
    NotIntroduced = 3,
}
