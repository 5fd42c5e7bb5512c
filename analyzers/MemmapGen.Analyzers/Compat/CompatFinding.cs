using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat;

/// <summary>Where in source a compat finding points.</summary>
internal enum TargetKind
{
    /// <summary>The map enum's name.</summary>
    Map,

    /// <summary>A region's attribute argument (<see cref="CompatFinding.Argument"/>), or its attribute.</summary>
    Region,

    /// <summary>A machine version's member.</summary>
    Version,
}

/// <summary>One compat problem, found on values; the analyzer turns the target into a location.</summary>
internal sealed record CompatFinding(
    DiagnosticDescriptor Descriptor,
    TargetKind Target,
    int Ordinal,
    string? Argument,
    object[] Arguments,
    LocatedLine? BaselineLine = null,
    ImmutableDictionary<string, string?>? Properties = null);
