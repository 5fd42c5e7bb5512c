using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace MemmapGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs a code fix of <see cref="MemoryMapAnalyzer"/>'s diagnostics, one at a time and as Fix All.</summary>
internal static class Fix
{
    public static Task VerifyAsync<TFix>(string source, string fixedSource, string? batchFixedSource = null, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<MemoryMapAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = Analyze.Usings + source,
            FixedCode = Analyze.Usings + fixedSource,
            BatchFixedCode = Analyze.Usings + (batchFixedSource ?? fixedSource),
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.Add(Analyze.Runtime);
        test.FixedState.AdditionalReferences.Add(Analyze.Runtime);
        test.BatchFixedState.AdditionalReferences.Add(Analyze.Runtime);
        test.DisabledDiagnostics.AddRange(Analyze.ProofVerdicts);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
