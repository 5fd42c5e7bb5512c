using Xunit;

namespace ZeroCost.Tests;

/// <summary>Checks on one probe method: the value it printed and its JIT listing.</summary>
public static class ProbeAssert
{
    /// <summary>The method printed <paramref name="expected"/>, and its body is that constant as an immediate and nothing else.</summary>
    public static void Folded(ProbeRun run, string method, ulong expected)
    {
        var disassembly = Listed(run, method, expected);
        Assert.True(
            FoldCheck.MaterializesImmediate(disassembly, expected),
            $"{method}: the constant 0x{expected:X} is not an immediate in the body:\n{disassembly.Text}");

        var violations = FoldCheck.Violations(disassembly);
        Assert.True(
            violations.Count == 0,
            $"{method}: the body does more than load 0x{expected:X}:\n{string.Join('\n', violations)}\n\nFull listing:\n{disassembly.Text}");
    }

    /// <summary>
    /// The method printed <paramref name="expected"/>, and its body has no call, branch or data-section reference and
    /// reads memory only through its by-reference argument (or its own frame).
    /// </summary>
    public static Disassembly ReadsOnlyItsArgument(ProbeRun run, string method, ulong expected)
    {
        var disassembly = Listed(run, method, expected);
        // The first argument's register: rdi (System V), rcx (Windows x64), x0 (arm64).
        string[] argument = disassembly.IsArm64 ? new[] { "x0" } : System.OperatingSystem.IsWindows() ? new[] { "rcx" } : new[] { "rdi" };
        var violations = FoldCheck.Violations(disassembly, argument);
        Assert.True(
            violations.Count == 0,
            $"{method}: the body does more than read its argument:\n{string.Join('\n', violations)}\n\nFull listing:\n{disassembly.Text}");
        return disassembly;
    }

    private static Disassembly Listed(ProbeRun run, string method, ulong expected)
    {
        Assert.True(run.Values.TryGetValue(method, out ulong printed), $"the probe did not print {method}:\n{run.Output}");
        Assert.Equal(expected, printed);
        Assert.True(
            run.Methods.TryGetValue(method, out var disassembly),
            $"no JIT listing for {method} (pattern {ProbeRun.MethodPattern}, probe {run.ProbePath}); the whole listing:\n{run.Listing}");
        return disassembly;
    }
}
