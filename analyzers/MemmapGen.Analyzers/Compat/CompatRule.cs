using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MemmapGen.Analyzers.Compat;

/// <summary>
/// One layout-baseline rule: its descriptor and the methods that report it. Compat rules share the comparison's
/// state (renames found while comparing floating regions decide what a version's sequence means), so their logic
/// lives in <see cref="LayoutComparer"/> and <see cref="LayoutCompatAnalyzer"/>, not in the descriptor's file;
/// this says where.
/// </summary>
/// <param name="Descriptor">What the rule reports.</param>
/// <param name="Type">The type whose methods report it.</param>
/// <param name="File">That type's source file, relative to the analyzers project.</param>
/// <param name="Methods">The reporting methods, by <c>nameof</c>, so a rename cannot leave this stale.</param>
internal sealed record CompatRule(DiagnosticDescriptor Descriptor, string Type, string File, ImmutableArray<string> Methods);
