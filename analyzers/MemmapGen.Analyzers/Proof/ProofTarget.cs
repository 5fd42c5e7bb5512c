namespace MemmapGen.Analyzers.Proof;

/// <summary>A declared range planned parts must keep out of: a fixed region, or a reserved window while it is active.</summary>
internal readonly record struct ProofTarget(int Ordinal, ulong Base, ulong Last);
