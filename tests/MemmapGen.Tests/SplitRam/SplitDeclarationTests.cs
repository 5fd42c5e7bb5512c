using System.Linq;
using System.Reflection;
using System.Threading;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;
using MemmapGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace MemmapGen.Tests.SplitRam;

/// <summary>How banks, reserved windows, gaps and windows are read, and what their generated API does beyond QEMU's numbers.</summary>
public sealed class SplitDeclarationTests
{
    [Fact]
    public void The_banked_map_reads_into_banks_gaps_windows_and_reserved_windows()
    {
        var spec = Parse(Maps.Banked);
        Assert.Empty(spec.Issues);
        Assert.Equal(new[] { 0, 1 }, spec.Banks.Select(bank => bank.Ordinal));
        Assert.Equal(2, spec.Banks[1].RelocatePast);
        Assert.Equal(0xB000_0000UL, spec.Banks[0].LargeRamFrom);
        Assert.Equal(new[] { 2 }, spec.Reserved);
        Assert.Equal(new GapSpec { Ordinal = 3, After = 0, Before = 5 }, spec.Gaps[0]);
        Assert.Equal(1, spec.Windows[0].AdvertisedSince);
        Assert.Equal(3, spec.CheckGuest32BitSince);
        Assert.Equal(2, spec.Regions[2].Since);
    }

    [Fact]
    public void LargeRamLimitOptional_is_true_unless_declared_false()
    {
        var spec = Parse(Maps.Usings + """
            [MemoryMap] public enum Map
            {
                [RamBank(0, Limit = 4 * GiB, LargeRamLimit = 2 * GiB, LargeRamLimitOptional = false)] A,
                [RamBank(4 * GiB, Limit = 4 * GiB, LargeRamLimit = 2 * GiB, LargeRamLimitOptional = true)] B,
                [RamBank(8 * GiB)] C,
            }
            """);
        Assert.Empty(spec.Issues);
        Assert.Equal(new[] { false, true, true }, spec.Banks.Select(bank => bank.LargeRamLimitOptional));
    }

    [Theory]
    [InlineData("[Ram(0)] R, [RamBank(0x1000)] B,", nameof(IssueKind.MixedRamKinds), null)]
    [InlineData("[Fixed(0, 0x1000)] F, [RamBank(0x1000, RelocatePast = F)] B,", nameof(IssueKind.ReferenceWrongKind), "RelocatePast")]
    [InlineData("[Fixed(0, 0x1000)] F, [RamBank(0x1000)] B, [Gap(After = F, Before = F)] G,", nameof(IssueKind.ReferenceWrongKind), "After")]
    [InlineData("[RamBank(0x1000)] B, [Gap(After = B, Before = B)] G,", nameof(IssueKind.ReferenceWrongKind), "Before")]
    [InlineData("[RamBank(0x1000)] B, [Gap(After = B)] G,", nameof(IssueKind.InvalidArgument), "Before")]
    [InlineData("[RamBank(0x1000, RelocatePast = 7)] B,", nameof(IssueKind.ReferenceNotMember), "RelocatePast")]
    [InlineData("[RamBank(0x1000, RelocatePast = B)] B,", nameof(IssueKind.ReferenceNotMember), "RelocatePast")]
    [InlineData("[RamBank(0)] A, [RamBank(0x1000)] B,", nameof(IssueKind.BankWithoutLimit), "Limit")]
    [InlineData("[RamBank(0x1000, Limit = true)] B,", nameof(IssueKind.InvalidArgument), "Limit")]
    [InlineData("[Window(0x1000, Requires64BitGuest = 1)] W, [RamBank(0)] B,", nameof(IssueKind.InvalidArgument), "Requires64BitGuest")]
    [InlineData("[RamBank(0, Limit = 0x1000, LargeRamLimit = 0x800, LargeRamLimitOptional = 1)] A, [RamBank(0x1000)] B,",
        nameof(IssueKind.InvalidArgument), "LargeRamLimitOptional")]
    [InlineData("[RamBank(0, Limit = 0x1000, LargeRamLimitOptional = System.DateTime.Now.Second > 1)] A, [RamBank(0x1000)] B,",
        nameof(IssueKind.InvalidArgument), "LargeRamLimitOptional")]
    [InlineData("[RamBank()] B,", nameof(IssueKind.InvalidArgument), "base")]
    [InlineData("[Reserved(0x1000, 0x1000, Since = 3)] R, [RamBank(0)] B,", nameof(IssueKind.VersionNotMember), "Since")]
    public void Problems_become_issues_and_the_companion_still_compiles(string members, string kind, string? argument)
    {
        var source = Maps.Usings + "public enum V { [MachineVersion(\"v1\")] V1 }\n"
            + "[MemoryMap(Versions = typeof(V))] public enum Map { " + members + " }";
        var spec = Parse(source);
        Assert.Contains(spec.Issues, issue => issue.Kind.ToString() == kind && issue.Argument == argument);

        var result = GeneratorHarness.Run(source);
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void Get_KindOf_Format_and_the_e820_list_cover_every_member()
    {
        var probe = """
            public static class Probe
            {
                public static string Run()
                {
                    var l = Boards.BankedMap.Plan(new Boards.BankedMap.PlanOptions
                    {
                        RamSize = 8 * MemmapGen.Units.GiB, PhysAddrBits = 40, AvoidHyperTransport = true,
                    });
                    var kinds = string.Join(",", System.Enum.GetValues<Boards.BankedRegion>().Select(r => Boards.BankedMap.KindOf(r)));
                    var ranges = string.Join(",", System.Enum.GetValues<Boards.BankedRegion>().Select(r => l.Get(r).Range.Base.ToString("x")));
                    var e820 = string.Join(";", Enumerable.Range(0, l.E820Count).Select(i => l.GetE820(i).ToString()));
                    var found = Boards.BankedMap.TryFind(0xFEC0_0010, out var io) ? io.ToString() : "-";
                    return kinds + "|" + ranges + "|" + e820 + "|" + found + "|" + Boards.BankedMap.Get(Boards.BankedRegion.HyperTransport)
                        + "|" + l.Format();
                }
            }
            """;
        var assembly = GeneratorHarness.Run(Maps.Banked, "using System.Linq;\n" + probe).Load();
        var text = (string)assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        var parts = text.Split('|');
        Assert.Equal("RamBank,RamBank,Reserved,Gap,Window,Fixed", parts[0]);
        Assert.Equal("0,100000000,fd00000000,80000000,280000000,fec00000", parts[1]);
        Assert.Equal(
            "[0xFD_0000_0000, 0xFF_FFFF_FFFF] (12 GiB) Reserved;[0x0000_0000, 0x7FFF_FFFF] (2 GiB) Ram;"
            + "[0x1_0000_0000, 0x2_7FFF_FFFF] (6 GiB) Ram",
            parts[2]);
        Assert.Equal("IoApic", parts[3]);
        Assert.Equal("[0xFD_0000_0000, 0xFF_FFFF_FFFF] (12 GiB)", parts[4]);
        Assert.Equal(
            """
            0000000000000000-000000007fffffff : LowRam
            0000000080000000-00000000febfffff : PciHole
            00000000fec00000-00000000fec00fff : IoApic
            0000000100000000-000000027fffffff : HighRam
            0000000280000000-0000000a7fffffff : PciHole64
            000000fd00000000-000000ffffffffff : HyperTransport

            """.Replace("\r\n", "\n"),
            parts[5]);
    }

    [Fact]
    public void A_plan_and_its_e820_walk_allocate_nothing()
    {
        var probe = """
            public static class Probe
            {
                public static string Run()
                {
                    var o = new Boards.BankedMap.PlanOptions
                    {
                        RamSize = 1000 * MemmapGen.Units.GiB, MaxRamSize = 1064 * MemmapGen.Units.GiB, RamSlots = 4,
                        AvoidHyperTransport = true, PhysAddrBits = 48,
                    };
                    ulong sum = 0;
                    Boards.BankedMap.TryPlan(o, out var l, out _); // warm up
                    long before = System.GC.GetAllocatedBytesForCurrentThread();
                    for (int i = 0; i < 1000; i++)
                    {
                        Boards.BankedMap.TryPlan(o, out l, out _);
                        for (int e = 0; e < l.E820Count; e++) sum += l.GetE820(e).Size;
                        sum += l.PciHole64Advertised.Size + l.LastUsedGpa;
                    }

                    long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
                    return allocated + " " + l.HighRamRelocated + " " + (sum != 0);
                }
            }
            """;
        var assembly = GeneratorHarness.Run(Maps.Banked, probe).Load();
        var text = (string)assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        Assert.Equal("0 True True", text);
    }

    private static MapSpec Parse(string source)
    {
        var compilation = GeneratorHarness.Compile(source);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.EnumDeclarationSyntax>()
            .First(e => e.AttributeLists.Count > 0);
        var symbol = (INamedTypeSymbol)model.GetDeclaredSymbol(declaration)!;
        var literal = MapParser.Parse(symbol, model, CancellationToken.None);
        Assert.Equal(MapParser.Parse(symbol, null, CancellationToken.None), literal);
        return literal;
    }
}
