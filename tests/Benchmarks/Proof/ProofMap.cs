using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using MemmapGen;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Benchmarks.Proof;

/// <summary>
/// One map compiled once (Roslyn, no generator: the proof reads the declaration model only) and parsed once: what a
/// benchmark needs to build a fresh <see cref="MapAnalysis"/>, whose proof is not cached yet, as often as it likes.
/// </summary>
internal sealed class ProofMap
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    private readonly MapSpec _spec;
    private readonly List<IFieldSymbol> _fields;

    private ProofMap(CSharpCompilation compilation, INamedTypeSymbol enumSymbol, MapSpec spec, List<IFieldSymbol> fields)
    {
        Compilation = compilation;
        Enum = enumSymbol;
        _spec = spec;
        _fields = fields;
    }

    /// <summary>The compilation the map was parsed from; the analyzer benchmarks run the analyzer on it.</summary>
    public CSharpCompilation Compilation { get; }

    public INamedTypeSymbol Enum { get; }

    /// <summary>Compiles the sources and parses the map named <paramref name="enumName"/> (a metadata name).</summary>
    public static ProofMap Compile(string enumName, params string[] sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, options));
        var compilation = CSharpCompilation.Create(
            "ProofMap", trees, s_references.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException(enumName + " does not compile: " + errors[0]);

        var enumSymbol = compilation.GetTypeByMetadataName(enumName)
            ?? throw new InvalidOperationException(enumName + " not found");
        var spec = ParsedMaps.Get(enumSymbol, compilation, CancellationToken.None);
        var fields = SourceLocator.Fields(enumSymbol);
        if (fields.Count != spec.Regions.Count || spec.Issues.Count > 0)
            throw new InvalidOperationException(enumName + " has declaration issues: " + string.Join("; ", spec.Issues));
        return new ProofMap(compilation, enumSymbol, spec, fields);
    }

    /// <summary>A sample's regions and versions, read from the checkout (sample/<paramref name="folder"/>).</summary>
    public static ProofMap Sample(string folder, string regions, string versions, string enumName) =>
        Compile(enumName, SampleText(folder, regions), SampleText(folder, versions));

    /// <summary>A new analysis, as <c>MemoryMapAnalyzer</c> builds one per map: its proof is computed on first use.</summary>
    public MapAnalysis Analyze() => new(_spec, Enum, _fields, static _ => { }, CancellationToken.None);

    private static string SampleText(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "sample", folder, file);
            if (File.Exists(candidate))
                return File.ReadAllText(candidate);
        }

        throw new FileNotFoundException("cannot find sample/" + folder + "/" + file + " above " + AppContext.BaseDirectory);
    }

    /// <summary>What the samples compile against: the core library, netstandard facades and the MemmapGen runtime.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(static path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(FixedAttribute).Assembly.Location))
            .ToImmutableArray();
}
