using System.Linq;
using MemmapGen.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Catalog;

/// <summary>The declaration rules' one table: what the analyzer supports is what it runs.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void The_analyzer_supports_exactly_the_table()
    {
        Assert.Equal(RuleCatalog.Rules.Select(static r => r.Descriptor), new MemoryMapAnalyzer().SupportedDiagnostics);
    }

    [Fact]
    public void Only_compilation_end_rules_have_no_per_map_check()
    {
        // A rule left without a check would never run; only the compilation-end ones run elsewhere, at the end.
        Assert.All(RuleCatalog.Rules, rule => Assert.True(
            rule.Check is null == rule.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd),
            rule.Descriptor.Id + (rule.Check is null ? " has no check and is not a compilation-end rule" : " is a compilation-end rule with a per-map check")));
    }
}
