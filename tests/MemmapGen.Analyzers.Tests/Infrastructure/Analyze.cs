using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace MemmapGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="MemoryMapAnalyzer"/> on user code compiled against .NET 8 and the MemmapGen runtime.</summary>
internal static class Analyze
{
    /// <summary>What every test source starts with.</summary>
    public const string Usings = "using MemmapGen;\nusing static MemmapGen.Units;\n\n";

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<MemoryMapAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>Analyzes <paramref name="source"/> (markup allowed); the test framework also fails on any analyzer exception (AD0001).</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Like <see cref="VerifyAsync"/>, with the proof's verdicts (MMG0044, MMG0045) expected too.</summary>
    public static Task VerifyWithVerdictsAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source);
        test.DisabledDiagnostics.Clear();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static CSharpAnalyzerTest<MemoryMapAnalyzer, DefaultVerifier> Create(string source, bool addUsings = true)
    {
        var test = new CSharpAnalyzerTest<MemoryMapAnalyzer, DefaultVerifier>
        {
            TestCode = addUsings ? Usings + source : source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.Add(Runtime);

        // The proof's verdicts (info) appear on every map; the proof's own tests ask for them.
        test.DisabledDiagnostics.AddRange(ProofVerdicts);
        return test;
    }

    /// <summary>The info diagnostics that say whether a map's plans are proved (MMG0044, MMG0045).</summary>
    public static readonly string[] ProofVerdicts = { "MMG0044", "MMG0045" };

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(MemRange).Assembly.Location);
}
