using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Xunit;

namespace Sample.Pc.Tests;

/// <summary>
/// Every vector row through the sample's own command line and generated planners: the row's arguments must print
/// the row (every column the JSON has, e820 order, warnings) or QEMU's error, word for word.
/// </summary>
public sealed class FidelityTests
{
    private static readonly IReadOnlyList<PcVectorRow> s_rows = PcVectorFile.Read(PcVectorFile.DefaultPath);

    [Fact]
    public void Every_row_prints_the_row()
    {
        var mismatches = new List<string>();
        foreach (var row in s_rows)
        {
            var (exit, stdout, _) = CliRunner.Run(PcBoard.TryPlan, VectorArgs.For(row));
            var expected = VectorArgs.Json(row);
            var expectedExit = row.Expected.Error is null ? 0 : 1;
            if (stdout != expected || exit != expectedExit)
            {
                mismatches.Add($"case {row.CaseId} ({string.Join(' ', VectorArgs.For(row))}): exit {exit}\n  expected {expected}  printed  {stdout}");
            }
        }

        Assert.True(mismatches.Count == 0, mismatches.Count + " rows differ\n" + string.Join("\n", mismatches.Take(10)));
    }
}
