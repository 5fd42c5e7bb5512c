namespace MemmapGen.Analyzers.Descriptors;

/// <summary>The only place that knows where rule pages live.</summary>
public static class HelpLinks
{
    /// <summary>Base of every rule's page: the repository's <c>docs/diagnostics/</c> folder.</summary>
    public const string Base = "https://github.com/memmapgen/memmapgen/blob/main/docs/diagnostics/";

    /// <summary>The page of one rule: <c>docs/diagnostics/MMGnnnn.md</c>.</summary>
    public static string For(string id) => Base + id + ".md";
}
