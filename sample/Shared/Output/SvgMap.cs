using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MemmapGen;

namespace Sample.Output;

/// <summary>
/// Draws a <see cref="MapPicture"/> as a standalone SVG: addresses grow downwards on a piecewise-logarithmic axis
/// (<see cref="PictureLayout"/>), each boundary labelled in hex, each region a labelled rectangle, overlapping regions
/// side by side, a legend on top. The file uses no external font or resource (the generic <c>monospace</c> family),
/// only whole-number coordinates and invariant formatting, so the same map always gives the same bytes.
/// </summary>
public static class SvgMap
{
    private const int Margin = 16, FontSize = 11, SmallFontSize = 9, LineHeight = 13;

    // A monospace advance is about 0.6 em (6.6 px at 11 px); 7 leaves room for a wider fallback font.
    private const int CharWidth = 7, SmallCharWidth = 6, TitleCharWidth = 8;

    private const int AxisGap = 10, ColumnGap = 8, Padding = 6, Swatch = 12;

    private const string Ink = "#222222", Grid = "#d8d8d8", Muted = "#777777", DisabledFill = "#eeeeee";

    private static readonly (PictureKind Kind, string Fill, string Label)[] s_palette =
    [
        (PictureKind.Ram, "#8fd18b", "RAM"),
        (PictureKind.DeviceMemory, "#cdebc0", "device memory (hot-plug)"),
        (PictureKind.Device, "#9ec5f0", "device"),
        (PictureKind.Window, "#f6d28b", "MMIO window / PCI hole"),
        (PictureKind.Reserved, "#e8a0a0", "reserved"),
    ];

    /// <summary>Writes the picture to <paramref name="path"/> (UTF-8 without a byte-order mark).</summary>
    public static void Write(string path, MapPicture picture) =>
        File.WriteAllText(path, Render(picture), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>The picture as SVG text.</summary>
    public static string Render(MapPicture picture)
    {
        var layout = PictureLayout.Of(picture);
        var labels = layout.Placed.Select(p => Label(p.Region, p.End)).ToList();
        var columnWidth = (CharWidth * labels.Select(l => Math.Max(l.Name.Length, l.Range.Length)).DefaultIfEmpty(8).Max()) + (2 * Padding);
        var addressWidth = CharWidth * layout.Boundaries.Select(b => Hex(b).Length).DefaultIfEmpty(8).Max();
        var axisX = Margin + addressWidth + AxisGap;
        var columnsX = axisX + AxisGap;
        var right = columnsX + (layout.Columns * (columnWidth + ColumnGap)) - ColumnGap;

        var legend = Legend(picture);
        const string subtitle = "Heights grow with log2 of each range's size (not to scale); lines mark where ranges start and end.";
        var top = Margin + LineHeight + 4 + LineHeight + 10 + Swatch + 16;
        var footnote = layout.Empty.Count == 0 ? null : "Empty, not drawn: " + string.Join(", ", layout.Empty.Select(r => r.Name));
        var bottom = top + layout.Height + (footnote is null ? 0 : LineHeight + 8);
        var width = Max(right, Margin + (TitleCharWidth * picture.Title.Length), Margin + (SmallCharWidth * subtitle.Length),
            Margin + legend.Sum(item => Swatch + 4 + (SmallCharWidth * item.Label.Length) + 16),
            Margin + (SmallCharWidth * (footnote?.Length ?? 0))) + Margin;
        var height = bottom + Margin;

        var svg = new Svg();
        svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" " +
            $"font-family=\"monospace\" font-size=\"{N(FontSize)}\" fill=\"{Ink}\">");
        svg.Raw($"<rect width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#ffffff\"/>");
        var y = Margin + LineHeight;
        svg.Text(Margin, y, picture.Title, "font-size=\"13\" font-weight=\"bold\"");
        y += LineHeight + 4;
        svg.Text(Margin, y, subtitle, $"font-size=\"{N(SmallFontSize)}\" fill=\"{Muted}\"");
        y += 10;
        var x = Margin;
        foreach (var (fill, dashed, label) in legend)
        {
            svg.Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Swatch)}\" height=\"{N(Swatch)}\" {Outline(fill, dashed)}/>");
            svg.Text(x + Swatch + 4, y + 10, label, $"font-size=\"{N(SmallFontSize)}\"");
            x += Swatch + 4 + (SmallCharWidth * label.Length) + 16;
        }

        DrawAxis(svg, layout, top, axisX, columnsX, right);
        for (var i = 0; i < layout.Placed.Count; i++)
        {
            var placed = layout.Placed[i];
            var rectX = columnsX + (placed.Column * (columnWidth + ColumnGap));
            var rectY = top + layout.OffsetOf(placed.Region.Base);
            var rectHeight = layout.OffsetOf(placed.End) - layout.OffsetOf(placed.Region.Base);
            DrawRegion(svg, placed.Region, labels[i], rectX, rectY, columnWidth, rectHeight);
        }

        if (footnote is not null)
        {
            svg.Text(Margin, bottom - 4, footnote, $"font-size=\"{N(SmallFontSize)}\" fill=\"{Muted}\"");
        }

        svg.Raw("</svg>");
        return svg.ToString();
    }

    // Grid lines and boundary addresses first, so rectangles are drawn over them; an unmapped stretch breaks the axis.
    private static void DrawAxis(Svg svg, PictureLayout layout, int top, int axisX, int columnsX, int right)
    {
        for (var i = 0; i < layout.Boundaries.Count; i++)
        {
            var y = top + layout.Offsets[i];
            svg.Raw($"<line x1=\"{N(axisX - 4)}\" y1=\"{N(y)}\" x2=\"{N(right)}\" y2=\"{N(y)}\" stroke=\"{Grid}\"/>");
            svg.Text(axisX - 6, y + 4, Hex(layout.Boundaries[i]), "text-anchor=\"end\"");
        }

        for (var i = 0; i < layout.Mapped.Count; i++)
        {
            var (y1, y2) = (top + layout.Offsets[i], top + layout.Offsets[i + 1]);
            if (layout.Mapped[i])
            {
                svg.Raw($"<line x1=\"{N(axisX)}\" y1=\"{N(y1)}\" x2=\"{N(axisX)}\" y2=\"{N(y2)}\" stroke=\"{Ink}\" stroke-width=\"2\"/>");
                continue;
            }

            svg.Raw($"<line x1=\"{N(axisX)}\" y1=\"{N(y1)}\" x2=\"{N(axisX)}\" y2=\"{N(y2)}\" stroke=\"{Muted}\" stroke-dasharray=\"2 3\"/>");
            var gap = layout.Boundaries[i + 1] - layout.Boundaries[i];
            var size = gap > ulong.MaxValue ? "16 EiB" : AddressText.Size((ulong)gap);
            svg.Text(columnsX + Padding, ((y1 + y2) / 2) + 3, "unmapped, " + size, $"font-size=\"{N(SmallFontSize)}\" fill=\"{Muted}\"");
        }
    }

    private static void DrawRegion(Svg svg, PictureRegion region, (string Name, string Range) label, int x, int y, int width, int height)
    {
        var fill = Fill(region);
        var disabled = region.State != PictureState.Enabled;
        svg.Raw("<g>");
        svg.Raw("<title>" + Svg.Escape(label.Name + " " + label.Range + (region.Note.Length == 0 ? "" : ": " + region.Note)) + "</title>");
        svg.Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" {Outline(fill, disabled)}/>");
        var ink = disabled ? $" fill=\"{Muted}\"" : "";
        svg.Text(x + Padding, y + LineHeight, label.Name, "font-weight=\"bold\"" + ink);
        svg.Text(x + Padding, y + (2 * LineHeight), label.Range, ink.TrimStart());
        svg.Raw("</g>");
    }

    // "Uart0  4 KiB" and "[0x0900_0000, 0x0900_0FFF]"; a disabled region says so in its first line.
    private static (string Name, string Range) Label(PictureRegion region, UInt128 end)
    {
        var state = region.State switch
        {
            PictureState.Disabled => " (disabled)",
            PictureState.DoesNotFit => " (does not fit)",
            _ => "",
        };
        return (region.Name + "  " + AddressText.Size(region.Size) + state, AddressText.Range(region.Base, (ulong)(end - 1)));
    }

    private static List<(string Fill, bool Dashed, string Label)> Legend(MapPicture picture)
    {
        var legend = s_palette.Where(p => picture.Regions.Any(r => r.Kind == p.Kind && r.State == PictureState.Enabled && r.Size != 0))
            .Select(p => (p.Fill, false, p.Label)).ToList();
        if (picture.Regions.Any(r => r.State != PictureState.Enabled && r.Size != 0))
        {
            legend.Add((DisabledFill, true, "disabled / does not fit"));
        }

        return legend;
    }

    private static string Fill(PictureRegion region) =>
        region.State != PictureState.Enabled ? DisabledFill : s_palette.First(p => p.Kind == region.Kind).Fill;

    private static string Outline(string fill, bool dashed) =>
        dashed ? $"fill=\"{fill}\" stroke=\"{Muted}\" stroke-dasharray=\"6 3\"" : $"fill=\"{fill}\" stroke=\"{Ink}\"";

    // 2^64, the end of a region that ends the address space, does not fit AddressText's ulong.
    private static string Hex(UInt128 address) => address > ulong.MaxValue ? "0x1_0000_0000_0000_0000" : AddressText.Hex((ulong)address);

    private static int Max(params int[] values) => values.Max();

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>SVG text, one element a line.</summary>
    private sealed class Svg
    {
        private readonly StringBuilder _text = new();

        public void Raw(string line) => _text.Append(line).Append('\n');

        public void Text(int x, int y, string text, string attributes) =>
            Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\"{(attributes.Length == 0 ? "" : " " + attributes)}>{Escape(text)}</text>");

        public override string ToString() => _text.ToString();

        /// <summary>Escapes text for element content and attribute values; drops characters XML 1.0 cannot hold.</summary>
        public static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => escaped.Append("&amp;"),
                    '<' => escaped.Append("&lt;"),
                    '>' => escaped.Append("&gt;"),
                    '"' => escaped.Append("&quot;"),
                    '\'' => escaped.Append("&apos;"),
                    < ' ' and not ('\t' or '\n' or '\r') => escaped,
                    '\uFFFE' or '\uFFFF' => escaped,
                    _ => escaped.Append(c),
                };
            }

            return escaped.ToString();
        }
    }
}
