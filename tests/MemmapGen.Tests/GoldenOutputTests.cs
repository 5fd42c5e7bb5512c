using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using MemmapGen.Generator;
using MemmapGen.Testing;
using MemmapGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// The generated code for small maps, byte for byte (it is what users step into). Set
/// MEMMAPGEN_UPDATE_GOLDEN=1 to rewrite the files under Golden/ after an intended change, then review the diff.
/// </summary>
public sealed class GoldenOutputTests
{
    [Theory]
    [InlineData(nameof(Maps.Board), "Boards.BoardRegion.Memmap.g.cs")]
    [InlineData(nameof(Maps.Clashing), "Clash.Machine.Region.Memmap.g.cs")]
    [InlineData(nameof(Maps.FixedOnly), "TinyRegion.Memmap.g.cs")]
    [InlineData(nameof(Maps.Versioned), "Boards.VersionedRegion.Memmap.g.cs")]
    public async Task Generated_source_matches_golden_file(string map, string hintName)
    {
        var source = (string)typeof(Maps).GetField(map)!.GetValue(null)!;
        var actual = GeneratorHarness.Run(source).Source(hintName);
        var path = GoldenPath(hintName);
        if (Environment.GetEnvironmentVariable("MEMMAPGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path);
        var test = new CSharpSourceGeneratorTest<MemmapGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestState =
            {
                Sources = { source },
                AdditionalReferences = { References.Runtime },
                GeneratedSources = { (typeof(MemmapGenerator), hintName, SourceText.From(expected, Encoding.UTF8)) },
            },
        };
        await test.RunAsync();
    }

    private static string GoldenPath(string hintName, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", hintName);
}
