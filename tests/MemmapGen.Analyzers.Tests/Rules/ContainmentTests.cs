using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0002 (child past its container) and MMG0003 (siblings overlapping inside one container).</summary>
public sealed class ContainmentTests
{
    [Fact]
    public Task Child_overrunning_its_container_is_reported_once_on_its_size()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Fixed(0x0800_0000, 0x0002_0000)|}] CpuPeriphs,
                [Fixed(0x0800_0000, 0x0001_0000, Within = CpuPeriphs)] GicDist,
                [Fixed(0x0801_0000, {|#0:0x0002_0000|}, Within = CpuPeriphs)] GicCpu,
                [Fixed(0x0803_0000, 0x0001_0000)] GicHyp,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0002").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'GicCpu' [0x0801_0000, 0x0802_FFFF] extends past its container 'CpuPeriphs' [0x0800_0000, 0x0801_FFFF] by 0x1_0000 bytes"));
    }

    [Fact]
    public Task Child_starting_outside_its_container_is_reported_on_its_base()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [{|#1:Fixed(0x0800_0000, 0x0002_0000)|}] CpuPeriphs,
                [Fixed({|#0:0x0900_0000|}, 0x1000, Within = CpuPeriphs)] GicCpu,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0002").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'GicCpu' [0x0900_0000, 0x0900_0FFF] extends past its container 'CpuPeriphs' [0x0800_0000, 0x0801_FFFF] by 0x1000 bytes"));
    }

    [Fact]
    public Task Overlapping_siblings_inside_a_container_are_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0800_0000, 0x0002_0000)] CpuPeriphs,
                [{|#1:Fixed(0x0800_0000, 0x0001_0000, Within = CpuPeriphs)|}] GicDist,
                [Fixed({|#0:0x0800_8000|}, 0x1000, Within = CpuPeriphs)] GicCpu,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0003").WithLocation(0).WithLocation(1)
                .WithMessage("Region 'GicCpu' [0x0800_8000, 0x0800_8FFF] overlaps 'GicDist' [0x0800_0000, 0x0800_FFFF] by 0x1000 bytes inside container 'CpuPeriphs'"));
    }

    [Fact]
    public Task Nested_containment_that_fits_is_silent()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0x0, 0x1_0000)] Outer,
                [Fixed(0x0, 0x8000, Within = Outer)] Middle,
                [Fixed(0x0, 0x1000, Within = Middle)] Inner,
                [Fixed(0x1000, 0x1000, Within = Middle)] Inner2,
                [Fixed(0x8000, 0x8000, Within = Outer)] Tail,
            }
            """;
        return Analyze.VerifyAsync(source);
    }
}
