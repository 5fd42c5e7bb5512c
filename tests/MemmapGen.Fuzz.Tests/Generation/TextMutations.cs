using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using MemmapGen.Fuzz.Tests.Infrastructure;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>Damage below the declaration model: half-typed source text, and broken baseline files.</summary>
internal static class TextMutations
{
    private const string Shipped = "MemoryLayout.Shipped.txt";
    private const string Unshipped = "MemoryLayout.Unshipped.txt";

    private static readonly string[] Garbage = { "(", ")", "]", "[", ",", "@", "0x", "\"", "=", ";", "{", "}", "Within =", "<T>", "/*", "#if X" };

    private static readonly string[] HostileNames =
    {
        "\"; class X {}", "*/ class Y {} /*", "a\nb", "Région", "名前", "\u202Eevil", "<script>", "x\0y", "{{0}}", "@class", "class", "\\u0041",
    };

    public static IEnumerable<Mutation> All => new[]
    {
        new Mutation("half-typed source", HalfTyped),
        new Mutation("broken baseline", BrokenBaseline),
    };

    private static bool HalfTyped(CaseDraft d)
    {
        var index = d.Random.Next(d.Maps.Count);
        var seed = d.Random.Next();
        d.TextEdits.Add((index, text => Damage(text, new Random(seed))));
        return true;
    }

    private static string Damage(string text, Random random)
    {
        // Keep the using lines, so the damage lands in the declaration.
        var start = Math.Min(text.Length, text.IndexOf("\n\n", StringComparison.Ordinal) + 2);
        var at = random.Next(start, text.Length + 1);
        return random.Next(3) switch
        {
            0 => text[..at],
            1 => text[..at] + text[Math.Min(text.Length, at + random.Next(1, 20))..],
            _ => text[..at] + " " + Garbage[random.Next(Garbage.Length)] + " " + text[at..],
        };
    }

    private static bool BrokenBaseline(CaseDraft d)
    {
        if (d.Baselines.Count == 0)
        {
            d.Baselines.Add(new CaseFile(Shipped, "#MemoryLayout v1\n"));
        }

        var index = d.Random.Next(d.Baselines.Count);
        var file = d.Baselines[index];
        var lines = file.Text.Split('\n').ToList();
        for (var edits = d.Random.Next(1, 4); edits > 0; edits--)
        {
            BreakLines(d.Random, lines);
        }

        var text = string.Join(d.Random.Next(8) == 0 ? "\r\n" : "\n", lines);
        text = d.Random.Next(10) switch
        {
            0 => "\uFEFF" + text,
            1 => text[..d.Random.Next(text.Length + 1)],
            2 => text + "\0\u0001\uFFFF\uD800",
            _ => text,
        };
        var path = d.Random.Next(6) switch
        {
            0 => Pick.One(d.Random, "sub/" + Shipped, "memorylayout.shipped.txt", Shipped + ".bak", "/abs/" + Unshipped, "C:\\x\\" + Shipped),
            1 => file.Path == Shipped ? Unshipped : Shipped,
            _ => file.Path,
        };
        d.Baselines[index] = new CaseFile(path, text);
        if (d.Random.Next(5) == 0)
        {
            d.Baselines.Add(new CaseFile(d.Baselines[index].Path == Shipped ? Unshipped : Shipped, text));
        }

        return true;
    }

    private static void BreakLines(Random random, List<string> lines)
    {
        var i = random.Next(lines.Count);
        var line = lines[i];
        var words = line.Split(' ').ToList();
        switch (random.Next(12))
        {
            case 0:
                lines[i] = string.Join(' ', words.Select(w => w.Contains('=') ? w[..(w.IndexOf('=') + 1)] + Pick.One(random, "0xZZ", "-1", "0x1_0000_0000_0000_0000", "99999999999999999999999", "", "0x", "__") : w));
                break;
            case 1 when words.Count > 1:
                words.RemoveAt(random.Next(words.Count));
                lines[i] = string.Join(' ', words);
                break;
            case 2:
                lines.Insert(i, line);
                break;
            case 3 when lines.Count > 1:
                var j = random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 4 when words.Count > 1:
                words[1] = Pick.One(random, "floatin", "FIXED", "ram2", "version", "fixed", "floating", "");
                lines[i] = string.Join(' ', words);
                break;
            case 5:
                words[0] = Pick.One(random, "Gone.Map", "Boards.Nope", "", "global::Boards.BoardRegion", words[0] + "X");
                lines[i] = string.Join(' ', words);
                break;
            case 6:
                var map = words[0].Length > 0 ? words[0] : "Boards.BoardRegion";
                var name = HostileNames[random.Next(HostileNames.Length)];
                lines.Insert(i, Pick.One(random,
                    $"{map} fixed {name} base=0x0 size=0x1000",
                    $"{map} floating 0 {name} size=0x1000 align=0x1000",
                    $"{map} version 0 {name} layout=legacy regions={name}:off",
                    $"{map} ram {name} base=0x0 window=0x0 devalign=0x0 slot=0x0"));
                break;
            case 7:
                lines[0] = Pick.One(random, "#MemoryLayout v2", "MemoryLayout v1", "", "#memorylayout v1", "# MemoryLayout v1 extra");
                break;
            case 8:
                lines.Insert(i, new string('x', random.Next(1, 20_000)));
                break;
            case 9 when words.Count > 2 && ulong.TryParse(words[2], out var ordinal):
                words[2] = Pick.One(random, (ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "-1", "4294967296", "x");
                lines[i] = string.Join(' ', words);
                break;
            case 10:
                // A shipped fact changed: moved, resized, realigned, or a version's layout flipped.
                lines[i] = line.Replace("base=0x", "base=0x1", StringComparison.Ordinal).Replace("size=0x", "size=0x2", StringComparison.Ordinal)
                    .Replace("layout=compact", "layout=legacy", StringComparison.Ordinal).Replace(":off", string.Empty, StringComparison.Ordinal);
                break;
            default:
                lines.Insert(i, Pick.One(random, "# comment", "", "   ", "\t", "#MemoryLayout v1", "resizable", "= = =", new StringBuilder().Append('\u00e9', 3).ToString()));
                break;
        }
    }
}
