namespace MemmapGen.Generator.Model;

/// <summary>Which attribute declared a region.</summary>
internal enum RegionKind
{
    /// <summary>No region attribute: an index-only member (QEMU's <c>VIRT_PCIE</c>); it has no range.</summary>
    None,
    Fixed,
    Ram,
    Floating,
}
