using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Fuzz.Tests;

/// <summary>
/// Nothing read from a baseline file reaches generated code: the generator does not read baselines, so its output is
/// byte-identical with and without hostile ones, and the analyzers that do read them do not crash.
/// </summary>
public sealed class BaselineIsolationTests
{
    private const string Map = Snippet.Usings + """
        namespace Hostile;

        [MemoryMap(TypeName = "HostileMap")]
        public enum R
        {
            [Fixed(0x1000, 0x1000)] Uart,
            [Ram(0x4000_0000, LegacyLimit = 0x4000_0000)] Dram,
            [Floating(0x10_0000)] Ecam,
        }
        """;

    private static readonly string[] HostileNames =
    {
        "\"; class Injected1 {} //", "*/ class Injected2 {} /*", "Injected3\r\nclass Injected4 {}", "Région", "名前",
        "\u202EInjected5", "Injected6\0", "{{0}}Injected7", "@class", "\\u0041Injected8", "</summary>Injected9<summary>",
    };

    [Fact]
    public void Generated_code_is_identical_with_and_without_hostile_baselines()
    {
        var shipped = "#MemoryLayout v1\n" + string.Concat(HostileNames.Select(name =>
            $"Hostile.R fixed {name} base=0x0 size=0x1000\n"
            + $"Hostile.R floating 0 {name} size=0x1000 align=0x1000\n"
            + $"Hostile.R version 0 {name} layout=legacy regions={name}:off\n"
            + $"Hostile.R ram {name} base=0x0 window=0x0 devalign=0x0 slot=0x0\n"
            + $"{name} fixed Uart base=0x1000 size=0x1000\n"));
        var unshipped = "#MemoryLayout v1\nHostile.R fixed Uart base=\"; class Injected10 {}\" size=*/\n\0\uFFFF";

        var without = Snippet.Run(Map);
        var with = Snippet.Run(Map, new CaseFile("MemoryLayout.Shipped.txt", shipped), new CaseFile("MemoryLayout.Unshipped.txt", unshipped));

        Assert.NotEmpty(without.Generator.Generated);
        Assert.Equal(without.Generator.Generated, with.Generator.Generated);
        Assert.DoesNotContain(with.Generator.Generated, g => g.Text.Contains("Injected", System.StringComparison.Ordinal));
        Assert.False(with.Analysis.Crashed, string.Join("\n", with.Analysis.Exceptions));
        Assert.Contains(with.Analysis.Analyzers, d => d.Id == "MMG0113");
        Assert.DoesNotContain(with.Compiled, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }
}
