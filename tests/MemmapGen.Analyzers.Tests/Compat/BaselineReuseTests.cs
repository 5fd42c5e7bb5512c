using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Compat;

/// <summary>
/// In the IDE one baseline text serves compilation after compilation (it is parsed once): each must still be compared
/// with its own source, and each must report the baseline's malformed lines.
/// </summary>
public class BaselineReuseTests
{
    private const string Baseline = """
        #MemoryLayout v1
        M.Board fixed Uart base=0x1000 size=0x1000
        M.Board fixed Rtc base=0x2000 size=oops
        """;

    [Fact]
    public async Task One_baseline_text_serves_each_compilation_on_its_own()
    {
        var baseline = new InMemoryAdditionalText(CompatTest.Shipped, Baseline);

        var unchanged = await CompatIdsAsync(Source("0x1000"), baseline);
        var moved = await CompatIdsAsync(Source("0x3000"), baseline);
        var unchangedAgain = await CompatIdsAsync(Source("0x1000"), baseline);

        Assert.Equal(new[] { "MMG0113" }, unchanged);
        Assert.Equal(new[] { "MMG0106", "MMG0113" }, moved);
        Assert.Equal(unchanged, unchangedAgain);
    }

    private static string Source(string uartBase) => $$"""
        using MemmapGen;

        namespace M;

        [MemoryMap]
        public enum Board
        {
            [Fixed({{uartBase}}, 0x1000)] Uart,
        }
        """;

    private static async Task<string[]> CompatIdsAsync(string source, AdditionalText baseline)
    {
        var compilation = CSharpCompilation.Create(
            "Reuse",
            new[] { CSharpSyntaxTree.ParseText(source) },
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new LayoutCompatAnalyzer()),
            new AnalyzerOptions(ImmutableArray.Create(baseline)));
        var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
    }
}
