using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Compat;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Coverage;

/// <summary>
/// Every supported rule is reported by a case and left alone by its near miss, and nothing is reported that the
/// analyzers do not support: a rule cannot be declared without running, nor run without being declared.
/// </summary>
public sealed class RuleCoverageTests
{
    private static readonly ImmutableHashSet<string> Supported =
        AnalyzerRun.Both.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in RuleCases.ById.Keys.OrderBy(static id => id, StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void Every_supported_rule_has_a_case_and_every_case_a_supported_rule()
    {
        var cases = RuleCases.ById.Keys.ToImmutableHashSet(StringComparer.Ordinal);
        Assert.True(Supported.Except(cases).IsEmpty, "supported, but no case reports it: " + string.Join(", ", Supported.Except(cases).OrderBy(static id => id, StringComparer.Ordinal)));
        Assert.True(cases.Except(Supported).IsEmpty, "a case for a rule no analyzer supports: " + string.Join(", ", cases.Except(Supported).OrderBy(static id => id, StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Positive_case_reports_the_rule(string id)
    {
        var ids = await ReportedIdsAsync(RuleCases.ById[id].Positive);
        Assert.True(ids.Contains(id), id + " not reported by its positive case; reported: " + string.Join(", ", ids));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public async Task Negative_case_does_not_report_the_rule(string id)
    {
        var ids = await ReportedIdsAsync(RuleCases.ById[id].Negative);
        Assert.False(ids.Contains(id), id + " reported by its negative case");
    }

    [Fact]
    public async Task A_rule_reported_but_not_supported_is_caught()
    {
        // What the checks rely on: a report outside SupportedDiagnostics reaches the run as an exception.
        var run = await AnalyzerRun.RunAsync(RuleCases.ById["MMG0006"].Positive.Source, ImmutableArray<AdditionalText>.Empty, ImmutableArray.Create<DiagnosticAnalyzer>(new Unlisted("MMG0006")));
        Assert.Contains(run.Exceptions, static e => e.Message.Contains("MMG0006", StringComparison.Ordinal));
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertOnlySupported(run));
    }

    private static async Task<ImmutableArray<string>> ReportedIdsAsync(RuleInput input)
    {
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        if (input.Shipped is not null)
        {
            files.Add(new InMemoryAdditionalText(CompatTest.Shipped, input.Shipped));
        }

        if (input.Unshipped is not null)
        {
            files.Add(new InMemoryAdditionalText(CompatTest.Unshipped, input.Unshipped));
        }

        var run = await AnalyzerRun.RunAsync(input.Source, files.ToImmutable(), AnalyzerRun.Both);
        Assert.True(run.CompilerErrors.IsEmpty, "the case does not compile: " + string.Join("; ", run.CompilerErrors));
        AssertOnlySupported(run);
        return run.Diagnostics.Select(static d => d.Id).Distinct().OrderBy(static id => id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>No analyzer threw (Roslyn throws on an unsupported ID), and every ID reported is supported.</summary>
    private static void AssertOnlySupported(AnalyzerRunResult run)
    {
        Assert.True(run.Exceptions.Count == 0, "an analyzer threw (an ID missing from SupportedDiagnostics shows here): " + string.Join("; ", run.Exceptions.Select(static e => e.Message)));
        var unsupported = run.Diagnostics.Where(static d => !Supported.Contains(d.Id)).ToList();
        Assert.True(unsupported.Count == 0, "reported but not supported: " + string.Join("; ", unsupported));
    }

    // A deliberately broken analyzer, run only here: the rules for shipped analyzers do not apply (the inner one
    // configures generated code and concurrency).
#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1038, RS1041

    /// <summary><see cref="MemoryMapAnalyzer"/> with one rule missing from SupportedDiagnostics, as if left out of the table.</summary>
    private sealed class Unlisted : DiagnosticAnalyzer
    {
        private readonly MemoryMapAnalyzer _inner = new();
        private readonly string _id;

        public Unlisted(string id) => _id = id;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics.RemoveAll(d => d.Id == _id);

        public override void Initialize(AnalysisContext context) => _inner.Initialize(context);
    }
#pragma warning restore RS1001, RS1025, RS1026, RS1036, RS1038, RS1041
}
