using System.Linq;
using MemmapGen.Fuzz.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Fuzz.Tests;

/// <summary>Cases the fuzzer found after the first round of fixes, kept as minimal repros.</summary>
public sealed class RegressionTests
{
    private const string Shipped = "#MemoryLayout v1\nB.M ram R base=0x0 window=0x0 devalign=0x0 slot=0x0\n"
        + "B.M floating 0 A size=0x1000 align=0x1000\nB.M floating 1 C size=0x1000 align=0x1000\n";

    /// <summary>
    /// A floating member declared twice (the compiler's CS0102) next to a baseline: the compat analyzer saw the name twice
    /// in the declared order and indexed past the shipped order (AD0001, seeds 5778 and 5934).
    /// </summary>
    [Theory]
    [InlineData("[Floating(0x1000)] A, [Floating(0x1000)] C, [Floating(0x1000)] C,")]
    [InlineData("[Floating(0x1000)] A, [Floating(0x1000)] C, [Floating(0x2000)] New, [Floating(0x2000)] New,")]
    [InlineData("[Floating(0x1000)] A, [Floating(0x1000)] New, [Floating(0x1000)] C, [Floating(0x1000)] A,")]
    public void Duplicate_member_names_with_a_baseline_do_not_crash_the_analyzers(string floating)
    {
        var run = Snippet.Run(Snippet.Usings + "namespace B; [MemoryMap] public enum M { [Ram(0)] R, " + floating + " }", new CaseFile("MemoryLayout.Shipped.txt", Shipped));
        Assert.False(run.Analysis.Crashed, string.Join("\n", run.Analysis.Exceptions.Select(e => e.ToString()).Concat(run.Analysis.Analyzers.Select(d => d.ToString()))));
        Assert.False(run.Generator.Failed, string.Join("\n", run.Generator.Exceptions));
    }
}
