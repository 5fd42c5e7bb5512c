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
    public void Every_row_through_the_command_line_prints_the_row() => FidelityTests.AssertEveryRowPrints(PortPlanner.TryPlan);

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
