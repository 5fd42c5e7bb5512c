using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using MemmapGen.Analyzers;
using MemmapGen.Generator;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>
/// Map sources analyzed as the compiler does (both analyzers on the input compilation) and compiled with the generator
/// into a collectible context, so a diagnostic's witness can be planned by the very code the user would run.
/// </summary>
internal sealed class AnalyzedMaps : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Compilation _input;

    private AnalyzedMaps(AssemblyLoadContext context, Assembly assembly, Compilation input, ImmutableArray<Diagnostic> diagnostics)
    {
        _context = context;
        _input = input;
        Assembly = assembly;
        Diagnostics = diagnostics;
    }

    public Assembly Assembly { get; }

    /// <summary>Every analyzer diagnostic, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static AnalyzedMaps Compile(params string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var input = CSharpCompilation.Create(
            "WitnessMaps",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"Map{i}.cs")),
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, checkOverflow: true));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new MemoryMapAnalyzer(), new LayoutCompatAnalyzer());
        var diagnostics = input.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        CSharpGeneratorDriver.Create(new[] { new MemmapGenerator().AsSourceGenerator() }, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("maps do not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("witness-maps", isCollectible: true);
        return new AnalyzedMaps(context, context.LoadFromStream(stream), input, diagnostics);
    }

    /// <summary>The map enum a diagnostic is reported in (its location lies in the enum's declaration).</summary>
    public Type MapOf(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree ?? throw new InvalidOperationException($"{diagnostic.Id} has no source location");
        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<EnumDeclarationSyntax>().First();
        var symbol = _input.GetSemanticModel(tree).GetDeclaredSymbol(node)!;
        var name = symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));
        return Assembly.GetType(name) ?? throw new InvalidOperationException($"map {name} is not in the compiled assembly");
    }

    /// <summary>The companion of a map: the type with a nested <c>PlanOptions</c> whose layout's <c>Get</c> takes the map's enum.</summary>
    public Type CompanionOf(Type map) =>
        Assembly.GetTypes().Single(t => t.GetNestedType("PlanOptions") is not null
            && t.GetNestedType("Layout")?.GetMethod("Get")?.GetParameters().Single().ParameterType == map);

    public void Dispose() => _context.Unload();
}
