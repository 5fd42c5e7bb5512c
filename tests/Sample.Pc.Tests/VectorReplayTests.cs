using System.Collections.Generic;
using System.Linq;
using System.Text;
using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>Every row of QEMU's x86 vectors, replayed through the port and compared on every output column.</summary>
public sealed class VectorReplayTests
{
    private const int MaxReported = 20;

    private static readonly IReadOnlyList<PcVectorRow> s_rows = PcVectorFile.Read(PcVectorFile.DefaultPath);

    [Fact]
    public void File_has_the_documented_rows()
    {
        Assert.Equal(9792, s_rows.Count);
        Assert.Equal(2880, s_rows.Count(r => r.Expected.Error is not null));
        Assert.All(s_rows, r => Assert.Equal(("head", "main"), (r.CommitLabel, r.Block)));
        Assert.Equal(Enumerable.Range(4897, 9792), s_rows.Select(r => r.CaseId));
    }

    // Guards the comparison below, which goes through the same formatting on both sides.
    [Fact]
    public void Typed_rows_format_back_to_their_cells()
    {
        var mismatches = new List<string>();
        foreach (var row in s_rows)
        {
            foreach (var (column, text) in PcVectorText.Columns(row.Expected))
            {
                if (text != row.Cells[column])
                {
                    mismatches.Add($"case {row.CaseId}, {column}: cell '{row.Cells[column]}', read back as '{text}'");
                }
            }
        }

        Assert.True(mismatches.Count == 0, Report(mismatches));
    }

    [Fact]
    public void Port_reproduces_every_row_on_every_column()
    {
        var mismatches = new List<string>();
        foreach (var row in s_rows)
        {
            var actual = PcVectorText.Columns(QemuPcPort.Run(row.ToInput()));
            var expected = PcVectorText.Columns(row.Expected);
            for (var i = 0; i < expected.Count; i++)
            {
                if (actual[i].Text != expected[i].Text)
                {
                    mismatches.Add($"case {row.CaseId}, {expected[i].Column}: expected '{expected[i].Text}', port '{actual[i].Text}'");
                }
            }
        }

        Assert.True(mismatches.Count == 0, Report(mismatches));
    }

    private static string Report(IReadOnlyList<string> mismatches)
    {
        var text = new StringBuilder().Append(mismatches.Count).Append(" mismatches");
        foreach (var line in mismatches.Take(MaxReported))
        {
            text.AppendLine().Append(line);
        }

        return text.ToString();
    }
}
