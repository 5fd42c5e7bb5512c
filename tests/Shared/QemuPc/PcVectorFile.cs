using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace MemmapGen.Testing.QemuPc;

/// <summary>Reads QEMU's x86 vector file (tests/Data/qemu-pc-memmap-main.csv) into typed rows.</summary>
internal static class PcVectorFile
{
    public const string FileName = "qemu-pc-memmap-main.csv";

    /// <summary>The copy the test project places next to its assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", FileName);

    public static IReadOnlyList<PcVectorRow> Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine() ?? throw new InvalidDataException(path + " is empty"));
        var rows = new List<PcVectorRow>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = Split(line);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException($"data row {rows.Count + 1} has {fields.Count} fields, the header {header.Count}");
            }

            var cells = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                cells.Add(header[i], fields[i]);
            }

            rows.Add(PcVectorRow.Parse(cells));
        }

        return rows;
    }

    // RFC 4180: the main block quotes nothing, but QEMU's warning texts can hold commas.
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
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
        return fields;
    }
}
