namespace MemmapGen.Analyzers.Tests.Coverage;

/// <summary>One input: source (no markup) and, for compat rules, the baseline files' text.</summary>
public sealed record RuleInput(string Source, string? Shipped = null, string? Unshipped = null);

/// <summary>A rule's smallest proof of life: an input it reports, and a near miss it leaves alone.</summary>
public sealed record RuleCase(RuleInput Positive, RuleInput Negative);
