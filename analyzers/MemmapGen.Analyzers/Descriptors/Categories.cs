namespace MemmapGen.Analyzers.Descriptors;

/// <summary>Diagnostic categories, as they appear in the release tracking files.</summary>
internal static class Categories
{
    /// <summary>Where regions lie: overlaps, containment, RAM, sizes, alignment, address width.</summary>
    public const string Layout = "MemmapGen.Layout";

    /// <summary>How the map is written: names, references, attributes, what the generator can serve.</summary>
    public const string Declaration = "MemmapGen.Declaration";

    /// <summary>Migration compat: the declarations against the shipped layout baseline.</summary>
    public const string Compat = "MemmapGen.Compat";
}
