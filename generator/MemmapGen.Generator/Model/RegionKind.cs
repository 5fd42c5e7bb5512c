namespace MemmapGen.Generator.Model;

/// <summary>Which attribute declared a region.</summary>
internal enum RegionKind
{
    /// <summary>No region attribute: an index-only member (QEMU's <c>VIRT_PCIE</c>); it has no range.</summary>
    None,
    Fixed,
    Ram,
    Floating,

    /// <summary>A bank of RAM (<c>[RamBank]</c>); the numbers match the runtime's <c>RegionKind</c>, as do the others.</summary>
    RamBank,

    /// <summary>A fixed window RAM avoids when a plan asks (<c>[Reserved]</c>).</summary>
    Reserved,

    /// <summary>A hole from a bank to a fixed region, derived at plan time (<c>[Gap]</c>).</summary>
    Gap,

    /// <summary>A window placed at plan time after device memory (<c>[Window]</c>).</summary>
    Window,
}
