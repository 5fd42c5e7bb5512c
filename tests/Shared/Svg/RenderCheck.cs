using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace MemmapGen.Testing.Svg;

/// <summary>What a real renderer must make of a sample's picture.</summary>
internal static class RenderCheck
{
    /// <summary>
    /// Renders <paramref name="svg"/> with <c>rsvg-convert</c> and checks the PNG: its IHDR size is the SVG's width and
    /// height, and it is not blank: every region's fill colour covers at least one whole small rectangle's worth of
    /// pixels, the white background leaves room for the drawing, and the text is there (anti-aliased glyph edges give
    /// many intermediate colours). Returns the PNG's size in bytes, for the test log.
    /// </summary>
    public static int AssertRenders(string svg)
    {
        var picture = DrawnPicture.Parse(svg);
        var png = RsvgConvert.ToPng(svg);
        Assert.Equal((picture.Width, picture.Height), PngImage.ReadSize(png));

        var histogram = PngImage.Decode(png).Histogram();
        var pixels = picture.Width * picture.Height;
        foreach (var fill in picture.Regions.Select(r => r.Fill).Distinct())
        {
            var colour = System.Convert.ToUInt32(fill.TrimStart('#'), 16);
            // The smallest rectangle is 30 px tall and a column wide; its label covers part of it.
            Assert.True(histogram.GetValueOrDefault(colour) >= 1_000, $"fill {fill} covers {histogram.GetValueOrDefault(colour)} pixels");
        }

        Assert.True(histogram.GetValueOrDefault(0xFFFFFFu) < pixels * 9 / 10, "the picture is nearly all background");
        Assert.True(histogram.Count >= 50, $"only {histogram.Count} colours: no anti-aliased text");
        return png.Length;
    }
}
