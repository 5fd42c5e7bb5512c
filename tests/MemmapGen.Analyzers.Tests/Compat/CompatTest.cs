using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.Generator.Baseline;
using MemmapGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace MemmapGen.Analyzers.Tests.Compat;

/// <summary>Runs <see cref="LayoutCompatAnalyzer"/> with baseline files as AdditionalFiles.</summary>
internal static class CompatTest
{
    public const string Shipped = "MemoryLayout.Shipped.txt";
    public const string Unshipped = "MemoryLayout.Unshipped.txt";

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<LayoutCompatAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static CSharpAnalyzerTest<LayoutCompatAnalyzer, DefaultVerifier> Create(string source, string? shipped, string? unshipped = null)
    {
        var test = new CSharpAnalyzerTest<LayoutCompatAnalyzer, DefaultVerifier>
        {
            TestCode = Analyze.Usings + source,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.AdditionalReferences.Add(Analyze.Runtime);
        if (shipped is not null)
        {
            test.TestState.AdditionalFiles.Add((Shipped, shipped));
        }

        if (unshipped is not null)
        {
            test.TestState.AdditionalFiles.Add((Unshipped, unshipped));
        }

        return test;
    }

    public static Task VerifyAsync(string source, string? shipped, string? unshipped, params DiagnosticResult[] expected)
    {
        var test = Create(source, shipped, unshipped);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The baseline ShipMemoryLayout would record for <paramref name="source"/> (markup removed).</summary>
    public static string BaselineOf(string source)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(source, @"\{\|[^:|]*:|\|\}|\[\||\|\]", string.Empty);
        var compilation = CSharpCompilation.Create(
            "Baseline",
            new[] { CSharpSyntaxTree.ParseText(Analyze.Usings + text) },
            ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult().Add(Analyze.Runtime));
        var entries = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax>()
            .Select(e => (INamedTypeSymbol)compilation.GetSemanticModel(e.SyntaxTree).GetDeclaredSymbol(e)!)
            .Where(e => MapParser.FindAttribute(e, KnownNames.MemoryMap) is not null)
            .SelectMany(e => BaselineWriter.Entries(MapParser.Parse(e, model: null, CancellationToken.None)));
        return BaselineFormat.Render(entries);
    }
}
