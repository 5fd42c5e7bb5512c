using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0028-MMG0031: the map's machine-version enum and references to it.</summary>
public sealed class VersionTests
{
    [Fact]
    public Task Versions_that_is_not_an_enum_is_reported()
    {
        const string source = """
            [MemoryMap({|#0:Versions = typeof(string)|})]
            public enum Board { [Fixed(0, 0x1000)] A }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0028").WithLocation(0).WithMessage("'Versions' of map 'Board' must be typeof an enum whose members carry [MachineVersion]"));
    }

    [Fact]
    public Task Unnamed_and_duplicate_versions_are_reported_on_the_map()
    {
        const string source = """
            public enum V
            {
                [MachineVersion("v1")] V1,
                V2,
                [MachineVersion("v1")] V3,
            }

            [MemoryMap({|#0:Versions = typeof(V)|})]
            public enum Board { [Fixed(0, 0x1000)] A }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0029").WithLocation(0).WithMessage("Machine version 'V2' of map 'Board' needs [MachineVersion(\"name\")] with a non-empty name"),
            Analyze.Diagnostic("MMG0030").WithLocation(0).WithMessage("Machine version 'V3' of map 'Board' reuses the name \"v1\""));
    }

    [Fact]
    public Task Since_naming_no_version_is_reported()
    {
        const string source = """
            public enum V { [MachineVersion("v1")] V1, [MachineVersion("v2")] V2 }
            public enum Unrelated { X }

            [MemoryMap(Versions = typeof(V))]
            public enum Board
            {
                [Ram(1 * GiB, LegacyLimit = 255 * GiB)] Mem,
                [Floating(64 * MiB, EnabledSince = V.V2)] Fine,
                [Floating(64 * MiB, {|#0:EnabledSince = Unrelated.X|})] Wrong,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0031").WithLocation(0).WithMessage("'EnabledSince' of region 'Wrong' does not name a member of the map's version enum 'V'"));
    }
}
