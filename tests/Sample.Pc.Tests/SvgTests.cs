using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using MemmapGen.Testing;
using MemmapGen.Testing.Svg;
using Sample.Pc.Cli;
using Xunit;
using Xunit.Abstractions;

namespace Sample.Pc.Tests;

/// <summary>
/// <c>--svg FILE</c> for the x86 machines: the picture is well-formed SVG naming every range the table prints, draws
/// the devices in the 32-bit hole beside it, greys out a 64-bit hole that is not advertised, is the same bytes on every
/// run and in every culture, renders with librsvg to a PNG of its declared size that is not blank, and the copy in
/// <c>docs/images</c> is what the code draws today.
/// </summary>
public sealed class SvgTests
{
    /// <summary>The README's picture and the options that drew it.</summary>
    private const string DocsPicture = "docs/images/q35-8g-hotplug.svg";

    private static readonly string[] s_docsArgs = ["-M", "q35", "-m", "8G,maxmem=16G,slots=4"];

    private readonly ITestOutputHelper _output;

    public SvgTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("q35")]
    [InlineData("pc")]
    public void Svg_names_every_range_of_the_table_and_prints_nothing(string machine)
    {
        var (svg, stdout) = Draw("-M", machine, "-m", "8G,maxmem=16G,slots=4");
        Assert.Equal("", stdout);
        var picture = DrawnPicture.Parse(svg);
        Assert.True(PcBoard.TryPlan(Arguments.Parse(["-M", machine, "-m", "8G,maxmem=16G,slots=4"]).Config, out var map, out _));
        var names = new[] { "RAM below 4G", "PCI hole", "RAM above 4G", "Device memory", "PCI hole64" }
            .Concat(map.Devices.Select(d => d.Name)).Concat(map.Avoided.Select(w => w.Name)).ToList();
        foreach (var name in names)
        {
            Assert.False(picture.Region(name).Dashed, name + " is present");
        }

        Assert.Equal(names.Count, picture.Regions.Count);
        Assert.Equal("[0xFEC0_0000, 0xFEC0_0FFF]", picture.Region("IoApic").Range);
    }

    [Fact]
    public void Devices_in_the_32_bit_hole_are_drawn_beside_it()
    {
        var picture = DrawnPicture.Parse(Draw(s_docsArgs).Svg);
        var hole = picture.Region("PCI hole");
        var mmConfig = picture.Region("MmConfig");
        Assert.True(mmConfig.X >= hole.X + hole.Width);
        Assert.InRange(mmConfig.Y, hole.Y + 1, hole.Y + hole.Height - mmConfig.Height);
        Assert.Equal(hole.X, picture.Region("IoApic").X);
    }

    [Fact]
    public void A_hole64_that_is_not_advertised_is_grey_and_dashed()
    {
        var picture = DrawnPicture.Parse(Draw("-M", "q35", "-m", "8G", "-global", "q35-pcihost.x-pci-hole64-fix=off").Svg);
        var hole64 = picture.Region("PCI hole64");
        Assert.True(hole64.Dashed);
        Assert.EndsWith("(disabled)", hole64.Label, StringComparison.Ordinal);
        Assert.Contains(picture.Document.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.Contains("not advertised", StringComparison.Ordinal));
        Assert.DoesNotContain(picture.Regions, r => r.Dashed && !r.Names("PCI hole64"));
    }

    [Fact]
    public void An_intel_guest_has_no_hypertransport_window()
    {
        var picture = DrawnPicture.Parse(Draw("-M", "q35", "-m", "8G", "-cpu", "qemu64,vendor=GenuineIntel").Svg);
        Assert.DoesNotContain(picture.Regions, r => r.Names("HyperTransport"));
        Assert.DoesNotContain("reserved", picture.Texts);
    }

    [Fact]
    public void Same_options_give_the_same_bytes_in_any_culture()
    {
        var first = Draw(s_docsArgs).Svg;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "ar-SA", "fa-IR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(first, Draw(s_docsArgs).Svg);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Warnings_still_go_to_stderr()
    {
        var path = Path.Combine(Path.GetTempPath(), "memmapgen-svg-" + Guid.NewGuid() + ".svg");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run(PcBoard.TryPlan, "-M", "pc,max-ram-below-4g=512K", "-m", "1G", "--svg", path);
            Assert.Equal(0, exit);
            Assert.Equal("", stdout);
            Assert.StartsWith("warning: Only 524288 bytes of RAM below the 4GiB boundary", stderr, StringComparison.Ordinal);
            Assert.True(File.Exists(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_refused_plan_or_a_missing_file_name_writes_no_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "memmapgen-svg-" + Guid.NewGuid() + ".svg");
        var (exit, _, stderr) = CliRunner.Run(PcBoard.TryPlan, "-M", "q35", "-m", "8G,maxmem=16G,slots=4", "-cpu", "qemu64,phys-bits=32", "--svg", path);
        Assert.Equal(1, exit);
        Assert.NotEqual("", stderr);
        Assert.False(File.Exists(path));
        Assert.Equal(2, CliRunner.Run(PcBoard.TryPlan, "--svg").Exit);
    }

    [RsvgFact]
    public void Librsvg_renders_the_picture_at_its_size_and_not_blank()
    {
        foreach (var args in new[] { s_docsArgs, ["-M", "pc", "-m", "3G", "-global", "i440FX-pcihost.x-pci-hole64-fix=off"] })
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
            $"{DocsPicture} is stale: run dotnet run --project sample/PcMachine -- {string.Join(' ', s_docsArgs)} --svg {DocsPicture}");
    }

    private static (string Svg, string Stdout) Draw(params string[] args)
    {
        var path = Path.Combine(Path.GetTempPath(), "memmapgen-svg-" + Guid.NewGuid() + ".svg");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run(PcBoard.TryPlan, [.. args, "--svg", path]);
            Assert.True(exit == 0, stderr);
            return (File.ReadAllText(path), stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
