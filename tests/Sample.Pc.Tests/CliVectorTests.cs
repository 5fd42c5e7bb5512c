using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>
/// Every vector row as a command line, planned with the reference port: proves that the arguments reach QEMU's
/// logic as the row configures it, and that the JSON writer and the sample's warnings print what QEMU computed.
/// </summary>
public sealed class CliVectorTests
{
    private static readonly IReadOnlyList<PcVectorRow> s_rows = PcVectorFile.Read(PcVectorFile.DefaultPath);

    [Fact]
    public void Every_row_through_the_command_line_prints_the_row()
    {
        var mismatches = new List<string>();
        foreach (var row in s_rows)
        {
            var (exit, stdout, _) = CliRunner.Run(PortPlanner.TryPlan, VectorArgs.For(row));
            var expected = VectorArgs.Json(row);
            var expectedExit = row.Expected.Error is null ? 0 : 1;
            if (stdout != expected || exit != expectedExit)
            {
                mismatches.Add($"case {row.CaseId} ({string.Join(' ', VectorArgs.For(row))}): exit {exit}\n  expected {expected}  printed  {stdout}");
            }
        }

        Assert.True(mismatches.Count == 0, mismatches.Count + " rows differ\n" + string.Join("\n", mismatches.Take(10)));
    }

    [Fact]
    public void Arguments_configure_the_rows_input()
    {
        foreach (var row in s_rows.Where((_, i) => i % 97 == 0))
        {
            var config = Cli.Arguments.Parse(VectorArgs.For(row)).Config;
            Assert.Equal(row.ToInput(), PortPlanner.ToInput(config));
        }
    }
}
