using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Sample.Virt.Tests.Vectors;

/// <summary>Reads tests/Data/qemu-virt-memmap.csv, copied next to the test assembly by the project file.</summary>
internal static class VectorFile
{
    private static readonly Lazy<IReadOnlyList<VectorRow>> s_rows = new(Load);

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "qemu-virt-memmap.csv");

    public static IReadOnlyList<VectorRow> Rows => s_rows.Value;

    public static IReadOnlyList<VectorRow> Label(string label) => Rows.Where(r => r.Label == label).ToList();

    private static IReadOnlyList<VectorRow> Load()
    {
        using var reader = new StreamReader(Path);
        var header = Split(reader.ReadLine() ?? throw new InvalidDataException("empty vector file"));
        var columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var rows = new List<VectorRow>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = Split(line);
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"row {rows.Count + 1} has {fields.Length} fields, the header {header.Length}");
            }

            rows.Add(new VectorRow(columns, fields));
        }

        return rows;
    }

    // RFC 4180 fields: the error column is quoted because QEMU's messages contain commas.
    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
