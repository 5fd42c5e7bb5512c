namespace MemmapGen.Generator.Emitting;

/// <summary>
/// The names the generated code gives one region's members, each already claimed in its type (escaped, unique);
/// empty where the region's kind has no such member.
/// </summary>
internal sealed class RegionNames
{
    /// <summary>Companion: the range property of a fixed region or the RAM window (<c>Flash</c>).</summary>
    public string Range { get; init; } = string.Empty;

    /// <summary>Companion: the base constant (<c>FlashBase</c>).</summary>
    public string Base { get; init; } = string.Empty;

    /// <summary>Companion: the size constant (<c>FlashSize</c>; also for floating regions).</summary>
    public string Size { get; init; } = string.Empty;

    /// <summary>Companion: the inclusive last-address constant (<c>FlashLast</c>).</summary>
    public string Last { get; init; } = string.Empty;

    /// <summary>Companion: a floating region's alignment constant.</summary>
    public string Alignment { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: whether a floating region is wanted (<c>EnableHighPcieEcam</c>).</summary>
    public string Enable { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: a resizable floating region's raised size.</summary>
    public string RaisedSize { get; init; } = string.Empty;

    /// <summary><c>Layout</c>: a floating region's placement; the range of a bank, gap or window.</summary>
    public string Placement { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: a bank's limit override (<c>LowRamLimit</c>).</summary>
    public string Limit { get; init; } = string.Empty;

    /// <summary>
    /// <c>PlanOptions</c>: whether a bank's large-RAM cap applies (<c>LowRamLargeRamLimit</c>); empty when the bank has
    /// no cap, is the last one, or says the cap always applies (<c>LargeRamLimitOptional = false</c>).
    /// </summary>
    public string LargeRamLimit { get; init; } = string.Empty;

    /// <summary><c>Layout</c>: whether a bank moved past its reserved window (<c>HighRamRelocated</c>).</summary>
    public string Relocated { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: whether RAM avoids a reserved window (<c>AvoidHyperTransport</c>).</summary>
    public string Avoid { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: whether avoiding a reserved window is enforced (<c>EnforceHyperTransport</c>).</summary>
    public string Enforce { get; init; } = string.Empty;

    /// <summary><c>Layout</c>: whether a reserved window is active (<c>HyperTransportActive</c>).</summary>
    public string Active { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: a window's size override (<c>PciHole64Size</c>).</summary>
    public string WindowSize { get; init; } = string.Empty;

    /// <summary><c>PlanOptions</c>: whether a window is advertised (<c>AdvertisePciHole64</c>).</summary>
    public string Advertise { get; init; } = string.Empty;

    /// <summary><c>Layout</c>: a window as advertised to the guest (<c>PciHole64Advertised</c>).</summary>
    public string Advertised { get; init; } = string.Empty;
}
