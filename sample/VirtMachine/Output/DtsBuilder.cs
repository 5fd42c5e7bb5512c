using System;
using System.Globalization;
using System.Text;
using MemmapGen.DeviceTree;

namespace Sample.Virt.Output;

/// <summary>Device-tree source text, one node or property a call, indented with tabs as <c>dtc -O dts</c> writes it.</summary>
public sealed class DtsBuilder
{
    private readonly StringBuilder _text = new("/dts-v1/;\n\n");
    private int _depth;

    /// <summary>Opens the root node <c>/</c>.</summary>
    public DtsBuilder Root() => Open("/");

    /// <summary>Opens <c>name@unit</c>, the unit address in lower-case hex as QEMU names its nodes.</summary>
    public DtsBuilder Node(string name, ulong unitAddress) =>
        Open(name + "@" + unitAddress.ToString("x", CultureInfo.InvariantCulture));

    /// <summary>Closes the innermost open node.</summary>
    public DtsBuilder End()
    {
        _depth--;
        return Line("};");
    }

    /// <summary>A property without a value (<c>interrupt-controller;</c>).</summary>
    public DtsBuilder Flag(string name) => Line(name + ";");

    /// <summary>A string-list property: <c>compatible = "arm,pl011", "arm,primecell";</c>.</summary>
    public DtsBuilder Strings(string name, params string[] values) =>
        Line(name + " = \"" + string.Join("\", \"", values) + "\";");

    /// <summary>A cell property: <c>reg = &lt;0x0 0x9000000 0x0 0x1000&gt;;</c>.</summary>
    public DtsBuilder Cells(string name, ReadOnlySpan<uint> cells)
    {
        Indent().Append(name).Append(" = ");
        DtsText.Append(_text, cells).Append(";\n");
        return this;
    }

    /// <summary>A one-cell property: <c>#address-cells = &lt;0x2&gt;;</c>.</summary>
    public DtsBuilder Cell(string name, uint value) => Cells(name, stackalloc uint[] { value });

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private DtsBuilder Open(string name)
    {
        if (_depth > 0 && _text[_text.Length - 2] != '{')
        {
            _text.Append('\n'); // a blank line before a node that follows properties or a sibling, as dtc writes
        }

        Line(name + " {");
        _depth++;
        return this;
    }

    private DtsBuilder Line(string line)
    {
        Indent().Append(line).Append('\n');
        return this;
    }

    private StringBuilder Indent() => _text.Append('\t', _depth);
}
