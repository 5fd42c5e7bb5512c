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

    /// <summary><c>Layout</c>: a floating region's placement.</summary>
    public string Placement { get; init; } = string.Empty;
}
