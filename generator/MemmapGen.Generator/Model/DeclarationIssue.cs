namespace MemmapGen.Generator.Model;

/// <summary>A problem in a declaration, located by value (region ordinal and argument name), never by syntax.</summary>
/// <param name="Ordinal">The region's ordinal, or -1 for the map itself.</param>
/// <param name="Argument">The attribute argument concerned (<c>base</c>, <c>size</c>, <c>Within</c>, ...), or null.</param>
/// <param name="Other">A second region's ordinal where one is involved, or -1.</param>
internal sealed record DeclarationIssue(IssueKind Kind, int Ordinal, string? Argument, int Other = -1);
