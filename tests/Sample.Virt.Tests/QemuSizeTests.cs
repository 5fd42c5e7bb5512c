using Sample.Cli;
using Sample.Virt.Cli;
using Xunit;

namespace Sample.Virt.Tests;

/// <summary>QEMU's size syntax (qemu_strtosz) and size_to_str.</summary>
public sealed class QemuSizeTests
{
    [Theory]
    [InlineData("0", 'B', 0UL)]
    [InlineData("4096", 'B', 4096UL)]
    [InlineData("512", 'M', 512UL << 20)]
    [InlineData("4G", 'B', 4UL << 30)]
    [InlineData("4g", 'B', 4UL << 30)]
    [InlineData("1.5G", 'B', 3UL << 29)]
    [InlineData(".5K", 'B', 512UL)]
    [InlineData("1.k", 'B', 1024UL)]
    [InlineData("1.0", 'B', 1UL)] // a zero fraction needs no multiple
    [InlineData("0.1K", 'B', 102UL)]
    [InlineData("0.75K", 'B', 768UL)]
    [InlineData("8b", 'B', 8UL)]
    [InlineData("2T", 'B', 2UL << 40)]
    [InlineData("1P", 'B', 1UL << 50)]
    [InlineData("15E", 'B', 15UL << 60)]
    [InlineData("0x1000", 'B', 4096UL)]
    [InlineData("0XfF", 'B', 255UL)]
    [InlineData("18446744073709551615", 'B', ulong.MaxValue)]
    [InlineData("17179869183G", 'B', 0xFFFF_FFFF_C000_0000UL)]
    public void Parses(string text, char defaultSuffix, ulong expected)
    {
        Assert.Equal(QemuSize.Status.Ok, QemuSize.TryParse(text, defaultSuffix, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("", QemuSize.Status.Invalid)]
    [InlineData(".", QemuSize.Status.Invalid)]
    [InlineData("G", QemuSize.Status.Invalid)]
    [InlineData("-1", QemuSize.Status.Invalid)]
    [InlineData("1.5", QemuSize.Status.Invalid)] // a fraction of a byte
    [InlineData("1.5B", QemuSize.Status.Invalid)]
    [InlineData("4GB", QemuSize.Status.Invalid)]
    [InlineData("4 G", QemuSize.Status.Invalid)]
    [InlineData("4X", QemuSize.Status.Invalid)]
    [InlineData("0x10G", QemuSize.Status.Invalid)] // hex takes no suffix
    [InlineData("0x1.8", QemuSize.Status.Invalid)]
    [InlineData("0x", QemuSize.Status.Invalid)]
    [InlineData("16E", QemuSize.Status.OutOfRange)]
    [InlineData("18446744073709551616", QemuSize.Status.OutOfRange)]
    [InlineData("0x10000000000000000", QemuSize.Status.OutOfRange)]
    [InlineData("17179869184G", QemuSize.Status.OutOfRange)]
    public void Refuses(string text, QemuSize.Status expected)
    {
        Assert.Equal(expected, QemuSize.TryParse(text, 'B', out _));
    }

    [Theory]
    [InlineData(0UL, "0 B")]
    [InlineData(999UL, "999 B")]
    [InlineData(1000UL, "0.977 KiB")]
    [InlineData(1536UL, "1.5 KiB")]
    [InlineData(512UL << 30, "512 GiB")]
    [InlineData(768UL << 30, "768 GiB")]
    [InlineData(1UL << 40, "1 TiB")]
    [InlineData(ulong.MaxValue, "16 EiB")]
    public void Renders_like_size_to_str(ulong bytes, string expected)
    {
        Assert.Equal(expected, QemuSize.ToText(bytes));
    }
}
