using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MemmapGen;

/// <summary>
/// Builds the <c>/proc/iomem</c>-style text that generated <c>Layout.Format()</c> methods return:
/// one line per range, sorted by address, contained ranges indented under their container,
/// disabled floating regions listed at the end with the reason.
/// </summary>
public sealed class LayoutTable
{
    private readonly List<Row> _rows = new();
    private readonly List<string> _disabled = new();

    /// <summary>Adds a present range; empty ranges are ignored.</summary>
    public void Add(string name, ulong @base, ulong size)
    {
        if (size != 0)
        {
            _rows.Add(new Row(name, @base, unchecked(@base + size - 1), _rows.Count));
        }
    }

    /// <summary>Adds a planned floating region: listed with the others when enabled, at the end otherwise.</summary>
    public void Add(string name, RegionPlacement placement)
    {
        if (placement.Enabled)
        {
            Add(name, placement.Base, placement.Size);
        }
        else
        {
            _disabled.Add(name + ": " + RegionPlacement.Describe(placement.State));
        }
    }

    /// <summary>Renders the table.</summary>
    public override string ToString()
    {
        var rows = _rows.ToArray();
        // Containers first at equal bases (larger range first), then declaration order: deterministic.
        Array.Sort(rows, static (a, b) =>
            a.Base != b.Base ? a.Base.CompareTo(b.Base) :
            a.Last != b.Last ? b.Last.CompareTo(a.Last) :
            a.Order.CompareTo(b.Order));

        var text = new StringBuilder();
        var open = new List<ulong>();
        foreach (var row in rows)
        {
            while (open.Count > 0 && row.Last > open[open.Count - 1])
            {
                open.RemoveAt(open.Count - 1);
            }

            text.Append(' ', 2 * open.Count)
                .Append(row.Base.ToString("x16", CultureInfo.InvariantCulture))
                .Append('-')
                .Append(row.Last.ToString("x16", CultureInfo.InvariantCulture))
                .Append(" : ")
                .Append(row.Name)
                .Append('\n');
            open.Add(row.Last);
        }

        foreach (var line in _disabled)
        {
            text.Append("disabled ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private readonly struct Row
    {
        public Row(string name, ulong @base, ulong last, int order)
        {
            Name = name;
            Base = @base;
            Last = last;
            Order = order;
        }

        public string Name { get; }

        public ulong Base { get; }

        public ulong Last { get; }

        public int Order { get; }
    }
}
