using System;
using System.Collections.Generic;

namespace Sample.Virt.Tests.Qemu;

/// <summary>
/// The nodes of a tree as <c>dtc -O dts</c> prints it, by path, each with its properties' value text. Both sides of a
/// comparison go through dtc, so a value has one spelling (<c>&lt;0x00 0x40000000&gt;</c>, <c>"a\0b"</c>).
/// </summary>
internal static class DtsNodes
{
    /// <summary>Node path (<c>/intc@8000000/its@8080000</c>) to property name to value text (empty for a flag).</summary>
    public static Dictionary<string, Dictionary<string, string>> Parse(string dts)
    {
        var nodes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var path = new Stack<string>();
        foreach (var raw in dts.Split('\n'))
        {
            var line = raw.Trim();
            if (line.EndsWith(" {", StringComparison.Ordinal))
            {
                var name = line[..^2];
                var parent = path.Count == 0 ? string.Empty : path.Peek();
                var full = name == "/" ? "/" : (parent == "/" ? "" : parent) + "/" + name;
                path.Push(full);
                nodes[full] = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line == "};")
            {
                path.Pop();
            }
            else if (path.Count > 0 && line.EndsWith(';'))
            {
                var equals = line.IndexOf(" = ", StringComparison.Ordinal);
                var name = equals < 0 ? line[..^1] : line[..equals];
                nodes[path.Peek()][name] = equals < 0 ? string.Empty : line[(equals + 3)..^1];
            }
        }

        return nodes;
    }
}
