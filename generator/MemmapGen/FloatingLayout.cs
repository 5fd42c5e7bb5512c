namespace MemmapGen;

/// <summary>How the planner treats a floating region that is disabled.</summary>
public enum FloatingLayout
{
    /// <summary>A disabled region is skipped: it reserves no address space (QEMU virt-7.2 and newer).</summary>
    Compact = 0,

    /// <summary>
    /// A disabled region still reserves its aligned slot, so later regions keep their addresses whatever is
    /// enabled (QEMU virt-7.1 and older). Old machine versions must keep it for migration.
    /// </summary>
    Legacy = 1,
}
