using System.Collections.Immutable;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>
/// The plan proof's witness for a region a declaration rule reports (MMG0004, MMG0005, MMG0039): the smallest input
/// that really puts a planned region there, appended to the rule's message and added to its properties.
/// </summary>
internal static class ProofWitnessText
{
    public static string For(MapAnalysis map, int ordinal) =>
        map.Proof.Covered.TryGetValue(ordinal, out var finding)
            ? "; with " + finding.Inputs + " the plan puts " + finding.Part + " at " + finding.PartRange
            : string.Empty;

    public static ImmutableDictionary<string, string?> Properties(MapAnalysis map, int ordinal, ImmutableDictionary<string, string?> properties) =>
        map.Proof.Covered.TryGetValue(ordinal, out var finding) ? properties.AddRange(finding.Witness) : properties;
}
