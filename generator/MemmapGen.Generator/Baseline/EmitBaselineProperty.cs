namespace MemmapGen.Generator.Baseline;

/// <summary>
/// The build property the ShipMemoryLayout target sets: the generator then emits baseline lines, and the compat
/// analyzer stands aside (the build records a new baseline, so comparing with the old one would only block it).
/// One constant so the two can never read different keys.
/// </summary>
internal static class EmitBaselineProperty
{
    /// <summary>The MSBuild property (a CompilerVisibleProperty in build/MemmapGen.props).</summary>
    public const string Name = "MemmapGenEmitBaseline";

    /// <summary>The key under which generators and analyzers read it from the global analyzer-config options.</summary>
    public const string Key = "build_property." + Name;
}
