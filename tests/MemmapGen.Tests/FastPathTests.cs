using System;
using System.Reflection;
using MemmapGen.Tests.Infrastructure;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>
/// The planner's fast path (valid inputs far below 2^64) must give exactly what its checked fallback gives: both are
/// run on the same random inputs — sizes near the fast path's limits and near 2^64, invalid widths, versions and
/// raised sizes included — and every field of the results is compared.
/// </summary>
public sealed class FastPathTests
{
    private const string Probe = """
        using System;
        using System.Reflection;
        using System.Text;
        using Boards;

        public static class Probe
        {
            public static string Run(int seed, int count)
            {
                var random = new Random(seed);
                var fast = typeof(VersionedMap.Layout).GetMethod("TryCreate", BindingFlags.Public | BindingFlags.Static)!;
                var slow = typeof(VersionedMap.Layout).GetMethod("TryCreateChecked", BindingFlags.NonPublic | BindingFlags.Static)
                    ?? throw new InvalidOperationException("no fast path was generated");
                var planned = 0;
                for (var i = 0; i < count; i++)
                {
                    var o = new VersionedMap.PlanOptions
                    {
                        RamSize = Size(random),
                        MaxRamSize = random.Next(2) == 0 ? 0 : Size(random),
                        RamSlots = random.Next(4) == 0 ? (ulong)random.NextInt64() : (ulong)random.Next(0, 10),
                        PhysAddrBits = random.Next(4) == 0 ? random.Next(-2, 70) : random.Next(32, 65),
                        FloatingLayout = random.Next(3) switch { 0 => null, 1 => FloatingLayout.Legacy, _ => FloatingLayout.Compact },
                        Version = random.Next(3) == 0 ? null : (BoardVersion)random.Next(random.Next(5) == 0 ? -1 : 0, random.Next(5) == 0 ? 5 : 3),
                        EnableRedist = Flag(random),
                        EnableCxl = Flag(random),
                        EnableEcam = Flag(random),
                        EnableMmio = Flag(random),
                        MmioSize = random.Next(2) == 0 ? null : random.Next(5) == 0 ? (ulong)random.NextInt64() : 1UL << random.Next(random.Next(4) == 0 ? 0 : 39, 64),
                    };
                    var a = Describe(fast, o);
                    var b = Describe(slow, o);
                    if (a != b)
                    {
                        return "input " + i + ":\n" + a + "\n--- checked:\n" + b;
                    }

                    planned += a.StartsWith("error", StringComparison.Ordinal) ? 0 : 1;
                }

                // Enough inputs must be valid for the fast path to be exercised, not only the fallback.
                return planned > count / 10 ? "same" : "only " + planned + " inputs planned";
            }

            private static ulong Size(Random random) => random.Next(6) switch
            {
                0 => (ulong)random.NextInt64() << random.Next(0, 3),
                1 => (1UL << 61) - (ulong)random.Next(0, 3) * (1UL << 30),
                2 => ulong.MaxValue - (ulong)random.Next(0, 1 << 20),
                _ => (ulong)random.Next(0, 1 << 12) << 20,
            };

            private static bool? Flag(Random random) => random.Next(3) switch { 0 => null, 1 => true, _ => false };

            private static string Describe(MethodInfo plan, VersionedMap.PlanOptions options)
            {
                var args = new object?[] { options, null, null };
                var ok = (bool)plan.Invoke(null, args)!;
                var error = (PlanError)args[2]!;
                if (!ok)
                {
                    return "error " + error.Kind + " " + error.Value + " " + error.Limit + " " + error.Bits + " " + error.Region;
                }

                var layout = (VersionedMap.Layout)args[1]!;
                var text = new StringBuilder();
                text.Append(layout.Ram).Append(' ').Append(layout.DeviceMemory).Append(' ').Append(layout.HighestGpa)
                    .Append(' ').Append(layout.PhysAddrBits).Append(' ').Append(layout.FloatingLayout).Append(' ').Append(layout.Version);
                foreach (var region in Enum.GetValues<VersionedRegion>())
                {
                    var p = layout.Get(region);
                    text.Append('\n').Append(region).Append(' ').Append(p.Base).Append(' ').Append(p.Size).Append(' ').Append(p.State);
                }

                return text.ToString();
            }
        }
        """;

    private const string Map = Maps.Usings + """
        namespace Boards;

        public enum BoardVersion
        {
            [MachineVersion("board-1", Layout = FloatingLayout.Legacy)] V1,
            [MachineVersion("board-2", Layout = FloatingLayout.Legacy)] V2,
            [MachineVersion("board-3")] V3,
        }

        [MemoryMap(TypeName = "VersionedMap", Versions = typeof(BoardVersion))]
        public enum VersionedRegion
        {
            [Fixed(0, 1 * GiB)] Low,
            [Ram(1 * GiB, LegacyLimit = 255 * GiB, DeviceMemoryAlignment = 1 * GiB, SlotSize = 1 * GiB, MaxSlots = 256)] Dram,
            [Floating(64 * MiB, EnabledSince = BoardVersion.V2)] Redist,
            [Floating(1 * MiB, Since = BoardVersion.V3)] Cxl,
            [Floating(256 * MiB)] Ecam,
            [Floating(512 * GiB, Resizable = true)] Mmio,
        }
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fast_path_and_checked_planner_agree(int seed)
    {
        var assembly = GeneratorHarness.Run(Map, Maps.Usings + Probe).Load();
        var run = assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Equal("same", (string)run.Invoke(null, new object[] { seed, 20_000 })!);
    }
}
