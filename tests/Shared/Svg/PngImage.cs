using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace MemmapGen.Testing.Svg;

/// <summary>
/// Just enough of a PNG reader to check what a renderer drew: the IHDR size of any PNG, and the pixels of the
/// 8-bit, non-interlaced RGB or RGBA images <c>rsvg-convert</c> writes (zlib and the five row filters).
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, uint[] pixels) => (Width, Height, Pixels) = (width, height, pixels);

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row by row, each pixel as 0xRRGGBB (alpha dropped: the pictures have an opaque background).</summary>
    public uint[] Pixels { get; }

    /// <summary>The width and height the IHDR chunk, which every PNG starts with, records.</summary>
    public static (int Width, int Height) ReadSize(byte[] png)
    {
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(s_signature) || Encoding.ASCII.GetString(png, 12, 4) != "IHDR")
        {
            throw new InvalidDataException("not a PNG file");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Decodes <paramref name="png"/>.</summary>
    public static PngImage Decode(byte[] png)
    {
        var (width, height) = ReadSize(png);
        var header = png.AsSpan(16, 13);
        var (depth, colour, interlace) = (header[8], header[9], header[12]);
        var channels = colour switch
        {
            2 => 3,
            6 => 4,
            _ => throw new InvalidDataException($"PNG colour type {colour} is not read here"),
        };
        if (depth != 8 || interlace != 0)
        {
            throw new InvalidDataException($"PNG bit depth {depth}, interlace {interlace} are not read here");
        }

        var compressed = new MemoryStream();
        for (var offset = 8; offset + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                compressed.Write(png, offset + 8, length);
            }

            offset += 12 + length; // length, type, data, CRC
        }

        compressed.Position = 0;
        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        var pixels = new uint[width * height];
        var previous = new byte[stride];
        var row = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            raw.AsSpan((y * (stride + 1)) + 1, stride).CopyTo(row);
            Unfilter(filter, row, previous, channels);
            for (var x = 0; x < width; x++)
            {
                var i = x * channels;
                pixels[(y * width) + x] = ((uint)row[i] << 16) | ((uint)row[i + 1] << 8) | row[i + 2];
            }

            (previous, row) = (row, previous);
        }

        return new PngImage(width, height, pixels);
    }

    /// <summary>How many pixels have each colour.</summary>
    public Dictionary<uint, int> Histogram()
    {
        var counts = new Dictionary<uint, int>();
        foreach (var pixel in Pixels)
        {
            counts[pixel] = counts.GetValueOrDefault(pixel) + 1;
        }

        return counts;
    }

    // PNG's row filters (RFC 2083, 6.2): each byte was stored as a difference from its left, upper or both neighbours.
    private static void Unfilter(byte filter, byte[] row, byte[] up, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0, above = up[i], corner = i >= bpp ? up[i - bpp] : 0;
            row[i] += filter switch
            {
                0 => 0,
                1 => (byte)left,
                2 => (byte)above,
                3 => (byte)((left + above) / 2),
                4 => (byte)Paeth(left, above, corner),
                _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
