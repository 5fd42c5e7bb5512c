using System.Globalization;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.CodeFixes.Placement;
using Microsoft.CodeAnalysis;

namespace MemmapGen.CodeFixes.Editing;

/// <summary>Reads the region pair an overlap diagnostic carries in its properties.</summary>
internal static class DiagnosticPair
{
    public static MoveRequest? Read(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(MapAnalysis.RegionProperty, out var region)
        && diagnostic.Properties.TryGetValue(MapAnalysis.OtherProperty, out var other)
        && int.TryParse(region, NumberStyles.None, CultureInfo.InvariantCulture, out var regionOrdinal)
        && int.TryParse(other, NumberStyles.None, CultureInfo.InvariantCulture, out var otherOrdinal)
            ? new MoveRequest(regionOrdinal, otherOrdinal)
            : null;
}
