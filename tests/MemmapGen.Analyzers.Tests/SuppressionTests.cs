using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MemmapGen.Analyzers.Tests;

/// <summary>The usual ways of silencing a rule work: <c>#pragma</c> and <c>.editorconfig</c> severity.</summary>
public sealed class SuppressionTests
{
    private const string Overlap = """
        [MemoryMap]
        public enum Board
        {
            [Fixed(0x0900_0000, 0x1000)] Rtc,
        #pragma warning disable MMG0001 // deliberately aliased for this test
            [Fixed(0x0900_0000, 0x1000)] RtcAlias,
        #pragma warning restore MMG0001
            [{|#1:Fixed(0x0A00_0000, 0x2000)|}] Gpio,
            [Fixed({|#0:0x0A00_0800|}, 0x1000)] GpioFrame,
        }
        """;

    [Fact]
    public Task Pragma_disables_a_rule_for_the_lines_it_covers()
    {
        // RtcAlias (inside the pragma) is silent; GpioFrame, outside it, is still reported.
        var test = Analyze.Create(Overlap);

        // The framework's own check wraps the file in a pragma; the source's own restore would undo it.
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.ExpectedDiagnostics.Add(Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'GpioFrame' [0x0A00_0800, 0x0A00_17FF] overlaps 'Gpio' [0x0A00_0000, 0x0A00_1FFF] by 0x1000 bytes"));
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_none_turns_a_rule_off()
    {
        var test = Analyze.Create(Overlap.Replace("{|#0:0x0A00_0800|}", "0x0A00_0800").Replace("{|#1:Fixed(0x0A00_0000, 0x2000)|}", "Fixed(0x0A00_0000, 0x2000)"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.MMG0001.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Editorconfig_severity_warning_downgrades_a_rule()
    {
        var test = Analyze.Create(Overlap);
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.MMG0001.severity = warning\n"));
        test.ExpectedDiagnostics.Add(Analyze.Diagnostic("MMG0001").WithLocation(0).WithLocation(1)
            .WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithMessage("Region 'GpioFrame' [0x0A00_0800, 0x0A00_17FF] overlaps 'Gpio' [0x0A00_0000, 0x0A00_1FFF] by 0x1000 bytes"));
        return test.RunAsync();
    }
}
