using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using MemmapGen.CodeFixes;
using Xunit;

namespace MemmapGen.Analyzers.Tests.CodeFixes;

/// <summary>Rounding a misaligned base up to the declared alignment.</summary>
public sealed class AlignBaseFixTests
{
    [Fact]
    public Task Rounds_the_base_up_and_fix_all_does_every_region()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed({|MMG0009:0x0802_1000|}, 0x1_0000, Alignment = 0x1_0000)] GicIts,
                [Fixed({|MMG0009:0x0910_0001|}, 0x1000, Alignment = 4 * KiB)] Uart,
            }
            """;
        const string fixedSource = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0803_0000, 0x1_0000, Alignment = 0x1_0000)] GicIts,
                [Fixed(0x0910_1000, 0x1000, Alignment = 4 * KiB)] Uart,
            }
            """;
        return Fix.VerifyAsync<AlignBaseCodeFixProvider>(source, fixedSource);
    }
}
