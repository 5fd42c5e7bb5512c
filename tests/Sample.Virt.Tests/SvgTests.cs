using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MemmapGen.Testing;
using MemmapGen.Testing.Svg;
using Sample.Output;
using Xunit;
using Xunit.Abstractions;

namespace Sample.Virt.Tests;

/// <summary>
/// <c>--svg FILE</c>: the picture is well-formed SVG naming every planned region, marks disabled ones, puts contained
/// regions beside their container, is the same bytes on every run and in every culture, renders with librsvg to a
/// PNG of its declared size that is not blank, and the copy in <c>docs/images</c> is what the code draws today.
/// </summary>
public sealed class SvgTests
{
    /// <summary>The README's picture and the options that drew it.</summary>
    private const string DocsPicture = "docs/images/virt-4g.svg";

    private static readonly string[] s_docsArgs = ["-m", "4G"];

    private readonly ITestOutputHelper _output;

    public SvgTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Svg_names_every_planned_region_and_prints_nothing()
    {
        var (svg, stdout) = Draw("-m", "4G");
        Assert.Equal("", stdout);
        var picture = DrawnPicture.Parse(svg);
        foreach (var region in Enum.GetValues<VirtRegion>().Where(r => VirtMemmap.KindOf(r) != MemmapGen.RegionKind.None))
        {
            var drawn = picture.Region(region.ToString());
            Assert.False(drawn.Dashed, region + " is enabled");
        }

        Assert.Equal("[0x0900_0000, 0x0900_0FFF]", picture.Region("Uart0").Range);
        Assert.Equal("[0x80_0000_0000, 0xFF_FFFF_FFFF]", picture.Region("HighPcieMmio").Range);
        Assert.Contains("0x0900_0000", picture.Texts);
    }

    [Fact]
    public void Device_memory_is_drawn_with_the_regions()
    {
        var (svg, _) = Draw("-m", "4G,maxmem=8G,slots=2");
        var drawn = DrawnPicture.Parse(svg).Region("(device memory)");
        Assert.Equal("[0x2_0000_0000, 0x2_FFFF_FFFF]".Length, drawn.Range.Length);
    }

    [Fact]
    public void Disabled_regions_are_grey_dashed_and_say_why()
    {
        var (svg, _) = Draw("-m", "4G", "-M", "virt,highmem-ecam=off", "--pa-bits", "39");
        var picture = DrawnPicture.Parse(svg);
        var ecam = picture.Region("HighPcieEcam");
        var mmio = picture.Region("HighPcieMmio");
        Assert.EndsWith("(disabled)", ecam.Label, StringComparison.Ordinal);
        Assert.EndsWith("(does not fit)", mmio.Label, StringComparison.Ordinal);
        Assert.True(ecam.Dashed && mmio.Dashed);
        Assert.Equal("#eeeeee", ecam.Fill);
        Assert.False(picture.Region("HighGicRedist2").Dashed);
        Assert.Contains(picture.Document.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.Contains("highmem-ecam=off", StringComparison.Ordinal));
        Assert.Contains("disabled / does not fit", picture.Texts);
    }

    [Fact]
    public void Contained_regions_are_drawn_beside_their_container()
    {
        var picture = DrawnPicture.Parse(Draw("-m", "4G").Svg);
        var container = picture.Region("CpuPeriphs");
        foreach (var name in new[] { "GicDist", "GicCpu" })
        {
            var inner = picture.Region(name);
            Assert.True(inner.X >= container.X + container.Width, name + " overlaps CpuPeriphs' column");
            Assert.InRange(inner.Y, container.Y, container.Y + container.Height - inner.Height);
        }

        // Nothing else overlaps, so nothing else leaves the first column.
        Assert.Equal(2, picture.Regions.Count(r => r.X != container.X));
    }

    [Fact]
    public void A_4_KiB_uart_and_a_512_GiB_window_are_both_readable()
    {
        var picture = DrawnPicture.Parse(Draw("-m", "4G").Svg);
        var uart = picture.Region("Uart0");
        var mmio = picture.Region("HighPcieMmio");
        Assert.True(uart.Height >= 30, "room for two label lines");
        Assert.InRange(mmio.Height, uart.Height + 1, 4 * uart.Height);
    }

    [Fact]
    public void Same_options_give_the_same_bytes_in_any_culture()
    {
        var first = Draw("-m", "4G", "-M", "virt-7.1,highmem-ecam=off").Svg;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "ar-SA", "fa-IR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(first, Draw("-m", "4G", "-M", "virt-7.1,highmem-ecam=off").Svg);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Names_are_escaped()
    {
        var picture = new MapPicture("a <map> & \"more\"",
            [new PictureRegion("<Uart & 'co'>", 0x0900_0000, 0x1000, PictureKind.Device, Note: "x > y\u0001")]);
        var drawn = DrawnPicture.Parse(SvgMap.Render(picture));
        Assert.Equal("<Uart & 'co'>  4 KiB", drawn.Regions.Single().Label);
        Assert.Contains("a <map> & \"more\"", drawn.Texts);
    }

    [Fact]
    public void A_region_ending_at_2_to_the_64_is_drawn()
    {
        var picture = new MapPicture("top", [new PictureRegion("Top", 0xFFFF_FFFF_FFFF_F000, 0x1000, PictureKind.Device), new PictureRegion("Empty", 0x1000, 0, PictureKind.Device)]);
        var drawn = DrawnPicture.Parse(SvgMap.Render(picture));
        Assert.Equal("[0xFFFF_FFFF_FFFF_F000, 0xFFFF_FFFF_FFFF_FFFF]", drawn.Region("Top").Range);
        Assert.Contains("0x1_0000_0000_0000_0000", drawn.Texts);
        Assert.Contains("Empty, not drawn: Empty", drawn.Texts);
    }

    [Fact]
    public void Unusable_svg_arguments_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("--svg").Exit);
        Assert.Equal(2, CliRunner.Run("--svg=").Exit);
        var (exit, _, stderr) = CliRunner.Run("--svg", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid(), "map.svg"));
        Assert.Equal(2, exit);
        Assert.StartsWith("VirtMachine: cannot write '", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_plan_writes_no_file_and_the_last_output_option_wins()
    {
        var path = Path.Combine(Path.GetTempPath(), "memmapgen-svg-" + Guid.NewGuid() + ".svg");
        var (exit, _, stderr) = CliRunner.Run("-m", "4G", "-M", "virt,highmem=off", "--svg", path);
        Assert.Equal(1, exit);
        Assert.StartsWith("Addressing limited to 32 bits", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path));

        var json = CliRunner.Run("--svg", path, "--json");
        Assert.Equal(0, json.Exit);
        Assert.StartsWith("{\"regions\":", json.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [RsvgFact]
    public void Librsvg_renders_the_picture_at_its_size_and_not_blank()
    {
        foreach (var args in new[] { s_docsArgs, ["-m", "4G", "-M", "virt-7.1,highmem-ecam=off", "--pa-bits", "39"] })
        {
            var svg = Draw(args).Svg;
            var bytes = RenderCheck.AssertRenders(svg);
            var picture = DrawnPicture.Parse(svg);
            _output.WriteLine($"{string.Join(' ', args)}: {picture.Width} x {picture.Height} px, SVG {Encoding.UTF8.GetByteCount(svg)} B, PNG {bytes} B");
        }
    }

    [Fact]
    public void The_readmes_picture_is_what_the_code_draws()
    {
        var committed = File.ReadAllText(RepositoryRoot.Combine(DocsPicture));
        Assert.True(committed == Draw(s_docsArgs).Svg,
            $"{DocsPicture} is stale: run dotnet run --project sample/VirtMachine -- {string.Join(' ', s_docsArgs)} --svg {DocsPicture}");
    }

    private static (string Svg, string Stdout) Draw(params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "memmapgen-svg-" + Guid.NewGuid() + ".svg");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run([.. args, "--svg", path]);
            Assert.True(exit == 0, stderr);
            return (File.ReadAllText(path), stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
