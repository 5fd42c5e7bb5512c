using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>A file of a case: a C# source or an additional (baseline) file.</summary>
internal readonly record struct CaseFile(string Path, string Text);

/// <summary>Compiles user code the strictest way a consumer might: nullable on, overflow checks on.</summary>
internal static class Compiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Compile(IEnumerable<CaseFile> sources, string assemblyName = "FuzzAssembly") =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
            References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                checkOverflow: true,
                deterministic: true));

    public static bool IsGenerated(Location location) =>
        location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true;
}
