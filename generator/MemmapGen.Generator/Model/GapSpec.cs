namespace MemmapGen.Generator.Model;

/// <summary>A hole from the end of a bank to the base of a fixed region (see <c>GapAttribute</c>).</summary>
internal sealed record GapSpec
{
    public required int Ordinal { get; init; }

    /// <summary>Ordinal of the bank the gap starts after, or -1 when unresolved (an issue says why).</summary>
    public required int After { get; init; }

    /// <summary>Ordinal of the fixed region whose base ends the gap, or -1 when unresolved.</summary>
    public required int Before { get; init; }
}
