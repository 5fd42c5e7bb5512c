using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace MemmapGen.Testing.Svg;

/// <summary>One region as a sample's SVG draws it: a group holding a tooltip, a rectangle and two label lines.</summary>
internal sealed record DrawnRegion(string Label, string Range, int X, int Y, int Width, int Height, string Fill, bool Dashed)
{
    /// <summary>True when the first label line names <paramref name="name"/> (it goes on with two spaces and the size).</summary>
    public bool Names(string name) => Label.StartsWith(name + "  ", System.StringComparison.Ordinal);
}

/// <summary>A sample's SVG read back as XML (so it must be well-formed), with its size and the regions it draws.</summary>
internal sealed class DrawnPicture
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private DrawnPicture(XDocument document, int width, int height, List<DrawnRegion> regions) =>
        (Document, Width, Height, Regions) = (document, width, height, regions);

    public XDocument Document { get; }

    public int Width { get; }

    public int Height { get; }

    public IReadOnlyList<DrawnRegion> Regions { get; }

    /// <summary>Every text element's content, in document order.</summary>
    public IEnumerable<string> Texts => Document.Descendants(s_svg + "text").Select(t => t.Value);

    /// <summary>Parses <paramref name="svg"/>; checks the root is an SVG element with whole-pixel width and height and the matching viewBox.</summary>
    public static DrawnPicture Parse(string svg)
    {
        var document = XDocument.Parse(svg);
        var root = document.Root!;
        Assert.Equal(s_svg + "svg", root.Name);
        var width = Int(root, "width");
        var height = Int(root, "height");
        Assert.Equal($"0 0 {width} {height}", (string?)root.Attribute("viewBox"));
        var regions = root.Elements(s_svg + "g").Select(g =>
        {
            var rect = g.Element(s_svg + "rect")!;
            var lines = g.Elements(s_svg + "text").Select(t => t.Value).ToList();
            return new DrawnRegion(lines[0], lines[1], Int(rect, "x"), Int(rect, "y"), Int(rect, "width"), Int(rect, "height"),
                (string)rect.Attribute("fill")!, rect.Attribute("stroke-dasharray") is not null);
        }).ToList();
        return new DrawnPicture(document, width, height, regions);
    }

    /// <summary>The one region drawn for <paramref name="name"/>.</summary>
    public DrawnRegion Region(string name) => Assert.Single(Regions, r => r.Names(name));

    private static int Int(XElement element, string attribute) =>
        int.Parse((string)element.Attribute(attribute)!, NumberStyles.None, CultureInfo.InvariantCulture);
}
