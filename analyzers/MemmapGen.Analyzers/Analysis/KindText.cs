using MemmapGen.Generator.Model;

namespace MemmapGen.Analyzers.Analysis;

/// <summary>What a member is, in the words messages use ("a fixed region", "a RAM bank").</summary>
internal static class KindText
{
    public static string Of(RegionKind kind) => kind switch
    {
        RegionKind.Fixed => "a fixed region",
        RegionKind.Ram => "the RAM block",
        RegionKind.Floating => "a floating region",
        RegionKind.RamBank => "a RAM bank",
        RegionKind.Reserved => "a reserved window",
        RegionKind.Gap => "a gap",
        RegionKind.Window => "a window",
        _ => "a member without a region attribute",
    };
}
