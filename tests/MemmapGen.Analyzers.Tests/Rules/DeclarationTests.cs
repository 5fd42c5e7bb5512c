using System.Threading.Tasks;
using MemmapGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Rules;

/// <summary>MMG0012-MMG0021 and MMG0023-MMG0027: how the map is written.</summary>
public sealed class DeclarationTests
{
    [Fact]
    public Task Duplicate_values_are_reported_on_the_second_member()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0, 0x1000)] {|#1:Flash|} = 1,
                [Fixed(0x1000, 0x1000)] Uart = {|#0:1|},
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0012").WithLocation(0).WithLocation(1)
                .WithMessage("Member 'Uart' has the same value 1 as 'Flash'; a map's members must be distinct values"));
    }

    [Fact]
    public Task Two_maps_generating_the_same_companion_type_are_reported_at_compilation_end()
    {
        const string source = """
            [MemoryMap(TypeName = "BoardMemmap")]
            public enum {|#1:First|} { [Fixed(0, 0x1000)] A }

            [MemoryMap({|#0:TypeName = "BoardMemmap"|})]
            public enum Second { [Fixed(0, 0x1000)] B }

            [MemoryMap]
            public enum Third { [Fixed(0, 0x1000)] C }

            namespace Elsewhere
            {
                [MemoryMap(TypeName = "BoardMemmap")]
                public enum Fourth { [Fixed(0, 0x1000)] D }
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0013").WithLocation(0).WithLocation(1)
                .WithMessage("Maps 'Second' and 'First' both generate the companion type 'BoardMemmap'"));
    }

    [Fact]
    public Task Bad_within_references_are_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Other { [Fixed(0, 0x1000)] Q }

            public enum NotAMap { R }

            [MemoryMap]
            public enum Board
            {
                [Fixed(0x1000, 0x1000, {|#0:Within = Other.Q|})] InOtherMap,
                [Fixed(0x2000, 0x1000, {|#1:Within = NotAMap.R|})] InPlainEnum,
                [Fixed(0x3000, 0x1000, {|#2:Within = 3|})] InNumber,
                [Fixed(0x4000, 0x1000, {|#3:Within = Self|})] Self,
                [Fixed(0x5000, 0x1000, {|#4:Within = Loop2|})] Loop1,
                [Fixed(0x5000, 0x1000, {|#5:Within = Loop1|})] Loop2,
                [Floating(0x1000)] {|#7:Window|},
                [Fixed(0x6000, 0x1000, {|#6:Within = Window|})] InFloating,
                [Fixed(0x7000, 0x1000, {|#8:Within = null|})] InNothing,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0015").WithLocation(0).WithMessage("'Within' of region 'InOtherMap' names a region of another map; a container must be a member of 'Board'"),
            Analyze.Diagnostic("MMG0014").WithLocation(1).WithMessage("'Within' of region 'InPlainEnum' does not name a member of 'Board'"),
            Analyze.Diagnostic("MMG0014").WithLocation(2).WithMessage("'Within' of region 'InNumber' does not name a member of 'Board'"),
            Analyze.Diagnostic("MMG0016").WithLocation(3).WithMessage("Region 'Self' is declared within itself"),
            Analyze.Diagnostic("MMG0017").WithLocation(5).WithLocation(4).WithMessage("'Within' of region 'Loop2' closes a containment cycle: Loop2 -> Loop1 -> Loop2"),
            Analyze.Diagnostic("MMG0018").WithLocation(6).WithLocation(7).WithMessage("'Within' of region 'InFloating' names 'Window', a floating region; only a fixed region can contain others"),
            Analyze.Diagnostic("MMG0023").WithLocation(8).WithMessage("Argument 'Within' of region 'InNothing' has no usable value"));
    }

    [Fact]
    public Task Maps_the_generator_cannot_serve_are_reported_on_the_enum_name()
    {
        const string source = """
            public class {|#1:Closed|}
            {
                [MemoryMap]
                public enum {|#0:Board|} { [Fixed(0, 0x1000)] A }
            }

            public partial class {|#3:Generic|}<T>
            {
                [MemoryMap]
                public enum {|#2:Board2|} { [Fixed(0, 0x1000)] A }
            }

            [MemoryMap]
            file enum {|#4:Local|} { [Fixed(0, 0x1000)] A }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0019").WithLocation(0).WithLocation(1).WithMessage("Map 'Board' is nested in 'Closed', which is not partial, so its companion type 'BoardMap' cannot be generated"),
            Analyze.Diagnostic("MMG0020").WithLocation(2).WithLocation(3).WithMessage("Map 'Board2' is nested in generic type 'Generic', so its companion type 'Board2Map' cannot be generated"),
            Analyze.Diagnostic("MMG0021").WithLocation(4).WithMessage("Map 'Local' is a file-local enum, so its companion type 'LocalMap' cannot be generated"));
    }

    [Fact]
    public Task Conflicting_attributes_and_a_second_ram_are_reported()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed(0, 0x1000)][{|#0:Floating(0x1000)|}] Both,
                [{|#2:Ram(1 * GiB)|}] Mem,
                [{|#1:Ram(2 * GiB)|}] Mem2,
            }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0024").WithLocation(0).WithMessage("Region 'Both' carries more than one of [Fixed], [Ram] and [Floating]; only the first one counts"),
            Analyze.Diagnostic("MMG0025").WithLocation(1).WithLocation(2).WithMessage("Region 'Mem2' declares a second RAM block; 'Mem' already is the map's RAM"));
    }

    [Fact]
    public Task Bad_map_arguments_are_reported()
    {
        const string source = """
            [MemoryMap({|#0:AddressBits = 65|})]
            public enum Wide { [Fixed(0, 0x1000)] A }

            [MemoryMap({|#1:TypeName = "not a name"|})]
            public enum Named { [Fixed(0, 0x1000)] A }

            [MemoryMap({|#2:TypeName = "Same"|})]
            public enum Same { [Fixed(0, 0x1000)] A }
            """;
        return Analyze.VerifyAsync(
            source,
            Analyze.Diagnostic("MMG0026").WithLocation(0).WithMessage("AddressBits of map 'Wide' must be between 1 and 64"),
            Analyze.Diagnostic("MMG0027").WithLocation(1).WithMessage("TypeName of map 'Named' must be a C# identifier other than the enum's own name, a contextual keyword, an all-lower-case name or a member every companion has (Get, Layout, PlanOptions, ...)"),
            Analyze.Diagnostic("MMG0027").WithLocation(2).WithMessage("TypeName of map 'Same' must be a C# identifier other than the enum's own name, a contextual keyword, an all-lower-case name or a member every companion has (Get, Layout, PlanOptions, ...)"));
    }

    [Fact]
    public Task Arguments_the_compiler_rejects_are_left_to_the_compiler()
    {
        const string source = """
            [MemoryMap]
            public enum Board
            {
                [Fixed({|CS0103:Missing|}, 0x1000)] A,
                [Fixed(0x1000, 0x1000, Within = {|CS0103:Nope|})] B,
                [{|CS7036:Fixed(0x2000)|}] C,
            }
            """;
        var test = Analyze.Create(source);
        test.CompilerDiagnostics = CompilerDiagnostics.Errors;
        return test.RunAsync();
    }
}
