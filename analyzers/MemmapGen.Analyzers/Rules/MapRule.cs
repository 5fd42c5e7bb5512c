using System;
using MemmapGen.Analyzers.Analysis;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Rules;

/// <summary>
/// One declaration rule: the descriptor it reports and the per-map check that reports it, kept together so a rule
/// cannot be supported without running, nor run without being supported.
/// </summary>
/// <param name="Descriptor">What the rule reports.</param>
/// <param name="Check">
/// The check run on each map; null for a rule that needs the whole compilation and so runs at its end instead
/// (its descriptor carries <see cref="WellKnownDiagnosticTags.CompilationEnd"/>).
/// </param>
internal sealed record MapRule(DiagnosticDescriptor Descriptor, Action<MapAnalysis>? Check);
