using System.Linq;
using MemmapGen.Generator.Emitting;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>Doc summaries fit in <see cref="CodeWriter.MaxWidth"/> columns without splitting an XML tag or losing a word.</summary>
public sealed class CodeWriterTests
{
    [Fact]
    public void A_summary_that_fits_is_one_line()
    {
        var writer = new CodeWriter();
        using (writer.Block("class C"))
        {
            writer.SummaryXml("Where <see cref=\"global::N.E.A\"/> was placed.");
        }

        Assert.Contains("\n    /// <summary>Where <see cref=\"global::N.E.A\"/> was placed.</summary>\n", writer.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_long_summary_wraps_at_spaces_outside_tags(int depth)
    {
        var cref = "<see cref=\"global::A.Very.Long.Namespace.Name.For.Wrapping.Purposes.BoardRegion.SomeRegionWithALongName\"/>";
        var text = string.Join(" ", Enumerable.Repeat($"Base and size of {cref}: [0x0800_0000, 0x0801_FFFF] (128 KiB).", 6));
        var writer = new CodeWriter();
        for (var level = 0; level < depth; level++)
        {
            writer.Indent();
        }

        writer.SummaryXml(text);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal("/// <summary>", lines[0].Trim());
        Assert.Equal("/// </summary>", lines[^1].Trim());
        Assert.All(lines, line => Assert.True(line.Length <= CodeWriter.MaxWidth, line));
        Assert.All(lines, line => Assert.Equal(line.Count(c => c == '<'), line.Count(c => c == '>')));
        Assert.All(lines[1..^1], line => Assert.False(line.EndsWith("(128", System.StringComparison.Ordinal), line)); // a short group stays whole
        Assert.Equal(text, string.Join(" ", lines[1..^1].Select(line => line.Trim()[4..])));
    }

    [Theory]
    [InlineData(nameof(Maps.Board))]
    [InlineData(nameof(Maps.Clashing))]
    [InlineData(nameof(Maps.FixedOnly))]
    [InlineData(nameof(Maps.Versioned))]
    [InlineData(nameof(Maps.Banked))]
    public void Generated_doc_comments_fit_in_the_width(string map)
    {
        var source = (string)typeof(Maps).GetField(map)!.GetValue(null)!;
        var generated = GeneratorHarness.Run(source).Generated.Values.Single();
        var docLines = generated.Split('\n').Where(line => line.TrimStart().StartsWith("///", System.StringComparison.Ordinal));
        Assert.All(docLines, line => Assert.True(line.Length <= CodeWriter.MaxWidth, line));
    }
}
