using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using MemmapGen.Analyzers.Compat;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Catalog;

/// <summary>
/// The compat catalog says which method reports each MMG01xx rule; the docs repeat it. Both are read from the
/// source here, so neither can drift: each listed method does report its rule, every place that reports a compat
/// rule is listed, and each page names what the catalog lists.
/// </summary>
public sealed class CompatRuleCatalogTests
{
    private static readonly string Project = RepositoryRoot.Combine("analyzers", "MemmapGen.Analyzers");

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in CompatRuleCatalog.Rules)
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void The_analyzer_supports_exactly_the_catalog()
    {
        Assert.Equal(CompatRuleCatalog.Rules.Select(static r => r.Descriptor), new LayoutCompatAnalyzer().SupportedDiagnostics);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_listed_method_reports_its_rule(string id)
    {
        var rule = Rule(id);
        var root = Parse(Path.Combine(Project, rule.File));
        var owner = DescriptorOwner(rule.Descriptor);
        foreach (var method in rule.Methods)
        {
            var declarations = root.DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => m.Identifier.Text == method && EnclosingType(m) == rule.Type)
                .ToList();
            Assert.True(declarations.Count > 0, rule.Type + "." + method + " is not declared in " + rule.File);
            Assert.True(
                declarations.Any(m => ReportingSites(m).Any(site => site.Rule == owner)),
                rule.Type + "." + method + " never passes " + owner + ".Descriptor on, yet the catalog says it reports " + id);
        }
    }

    [Fact]
    public void Every_place_that_reports_a_compat_rule_is_listed()
    {
        var rules = Path.Combine(Project, "Compat", "Rules") + Path.DirectorySeparatorChar;
        var catalog = Path.Combine(Project, "Compat", "CompatRuleCatalog.cs");
        var owners = CompatRuleCatalog.Rules.ToDictionary(static r => DescriptorOwner(r.Descriptor), StringComparer.Ordinal);
        var unlisted = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Project, "*.cs", SearchOption.AllDirectories))
        {
            if (file.StartsWith(rules, StringComparison.Ordinal) || file == catalog || IsBuildOutput(file))
            {
                continue;
            }

            foreach (var site in ReportingSites(Parse(file)))
            {
                if (owners.TryGetValue(site.Rule, out var rule) && !(rule.Type == site.Type && rule.Methods.Contains(site.Method)))
                {
                    unlisted.Add(site.Rule + " in " + site.Type + "." + site.Method);
                }
            }
        }

        Assert.Empty(unlisted);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_names_the_reporting_methods(string id)
    {
        var rule = Rule(id);
        var page = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics", id + ".md"));
        var row = page.Split('\n').SingleOrDefault(static line => line.StartsWith("| Reported by |", StringComparison.Ordinal));
        Assert.True(row is not null, id + ".md has no 'Reported by' row");
        Assert.Contains("`" + rule.File + "`", row, StringComparison.Ordinal);
        foreach (var method in rule.Methods)
        {
            Assert.Contains("`" + rule.Type + "." + method + "`", row, StringComparison.Ordinal);
        }
    }

    private static CompatRule Rule(string id) => CompatRuleCatalog.Rules.Single(r => r.Descriptor.Id == id);

    private static SyntaxNode Parse(string path) => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetRoot();

    private static bool IsBuildOutput(string path) =>
        path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The Compat/Rules class declaring <paramref name="descriptor"/>.</summary>
    private static string DescriptorOwner(DiagnosticDescriptor descriptor) =>
        typeof(CompatRuleCatalog).Assembly.GetTypes()
            .Single(t => t.Namespace == "MemmapGen.Analyzers.Compat.Rules"
                && ReferenceEquals(t.GetField("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null), descriptor))
            .Name;

    /// <summary>
    /// Each <c>SomeRule.Descriptor</c> handed to a call or constructor (Diagnostic.Create, a finding): where a rule is
    /// reported. Comparisons with a descriptor are not reports.
    /// </summary>
    private static IEnumerable<(string Rule, string Type, string Method)> ReportingSites(SyntaxNode node) =>
        node.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(static access => access.Name.Identifier.Text == "Descriptor" && access.Parent is ArgumentSyntax && access.Expression is IdentifierNameSyntax)
            .Select(static access => (
                ((IdentifierNameSyntax)access.Expression).Identifier.Text,
                EnclosingType(access),
                access.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "(not in a method)"));

    private static string EnclosingType(SyntaxNode node) =>
        node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "(no type)";
}
