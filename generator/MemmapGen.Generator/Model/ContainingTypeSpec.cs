namespace MemmapGen.Generator.Model;

/// <summary>A type the map's enum is nested in, outermost first.</summary>
/// <param name="Keyword">The declaration keyword to reopen it with: <c>class</c>, <c>struct</c>, <c>record</c>, ...</param>
internal sealed record ContainingTypeSpec(string Keyword, string Name, bool IsPartial, bool IsGeneric);
