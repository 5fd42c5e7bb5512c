namespace MemmapGen.Generator.Model;

/// <summary>A window placed at plan time after device memory or the last bank (see <c>WindowAttribute</c>).</summary>
internal sealed record WindowSpec
{
    public required int Ordinal { get; init; }

    /// <summary>Declared size; plans may override it.</summary>
    public required ulong Size { get; init; }

    /// <summary>Rounding of the base and of the advertised end; 0 or 1: none.</summary>
    public ulong Alignment { get; init; }

    /// <summary>Ordinal of the first version that advertises the window, or -1 (every version).</summary>
    public int AdvertisedSince { get; init; } = -1;

    public bool Requires64BitGuest { get; init; } = true;
}
