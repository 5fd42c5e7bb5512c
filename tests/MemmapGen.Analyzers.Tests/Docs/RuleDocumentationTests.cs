using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MemmapGen.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Docs;

/// <summary>Every rule has its docs page, its release-tracking entry and a help link to that page.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        new MemoryMapAnalyzer().SupportedDiagnostics.Concat(new LayoutCompatAnalyzer().SupportedDiagnostics).ToList();

    [Fact]
    public void Ids_are_unique_and_follow_the_scheme()
    {
        var ids = Descriptors.Select(static d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(@"^MMG0[01]\d\d$", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_page_with_what_why_how_and_an_example(string id)
    {
        var path = Path.Combine(MemmapGen.Testing.RepositoryRoot.Path, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(path), "missing " + path);
        var page = File.ReadAllText(path);
        Assert.StartsWith("# " + id + ": " + Descriptor(id).Title, page, StringComparison.Ordinal);
        foreach (var section in new[] { "## What it reports", "## Why it matters", "## How to fix", "## Example", "```csharp" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.Contains(Descriptor(id).DefaultSeverity.ToString(), page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_an_unshipped_release_entry_matching_its_descriptor(string id)
    {
        var releases = File.ReadAllText(Path.Combine(MemmapGen.Testing.RepositoryRoot.Path, "analyzers", "MemmapGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var descriptor = Descriptor(id);
        var line = new Regex("^" + id + @"\s*\|\s*([\w.]+)\s*\|\s*(\w+)\s*\|", RegexOptions.Multiline).Match(releases);
        Assert.True(line.Success, id + " has no entry in AnalyzerReleases.Unshipped.md");
        Assert.Equal(descriptor.Category, line.Groups[1].Value);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), line.Groups[2].Value);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_page(string id)
    {
        Assert.Equal(HelpLinks.Base + id + ".md", Descriptor(id).HelpLinkUri);
        Assert.EndsWith("docs/diagnostics/", HelpLinks.Base, StringComparison.Ordinal);
    }

    [Fact]
    public void Compilation_end_rules_say_in_their_docs_that_they_appear_on_build_only()
    {
        var endRules = Descriptors.Where(static d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).ToList();
        Assert.Equal(new[] { DiagnosticIds.DuplicateCompanionType, CompatDiagnosticIds.OrphanedBaselineLine }, endRules.Select(static d => d.Id));
        foreach (var descriptor in endRules)
        {
            var page = File.ReadAllText(Path.Combine(MemmapGen.Testing.RepositoryRoot.Path, "docs", "diagnostics", descriptor.Id + ".md"));
            Assert.Contains("on build only", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_index_lists_every_rule()
    {
        var index = File.ReadAllText(Path.Combine(MemmapGen.Testing.RepositoryRoot.Path, "docs", "diagnostics", "README.md"));
        Assert.All(Descriptors, d => Assert.Contains("[" + d.Id + "](" + d.Id + ".md)", index, StringComparison.Ordinal));
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);
}
