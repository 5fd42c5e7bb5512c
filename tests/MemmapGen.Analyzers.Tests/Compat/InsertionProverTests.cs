using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Analyzers.Compat;
using Xunit;

namespace MemmapGen.Analyzers.Tests.Compat;

/// <summary>
/// The insertion prover against brute force: on small random maps, every start, flag combination, layout and raised
/// size is planned concretely, and a shipped region that moves must exist exactly when the prover says so.
/// </summary>
public sealed class InsertionProverTests
{
    private static readonly StartSpace Qemu = new(Floor: 256UL << 30, DeviceAlignment: 1UL << 30, RamBase: 1UL << 30, AddressBits: 64);

    private static FloatingDef F(string name, ulong size, ulong alignment = 0, bool resizable = false) => new(name, size, alignment, resizable);

    [Fact]
    public void Appending_after_every_shipped_region_is_always_safe()
    {
        var shipped = new[] { F("Redist2", 64UL << 20), F("Ecam", 256UL << 20), F("Mmio", 512UL << 30, resizable: true) };
        Assert.Null(InsertionProver.FindMove(shipped, shipped.Append(F("Extra", 1UL << 40)).ToArray(), Qemu));
    }

    [Fact]
    public void Qemu_cxl_host_between_redist2_and_ecam_moves_ecam_in_compact_layout()
    {
        var shipped = new[] { F("Redist2", 64UL << 20), F("Ecam", 256UL << 20), F("Mmio", 512UL << 30, resizable: true) };
        var current = new[] { shipped[0], F("CxlHost", 1UL << 20), shipped[1], shipped[2] };

        var witness = InsertionProver.FindMove(shipped, current, Qemu);

        Assert.NotNull(witness);
        Assert.False(witness!.Legacy);
        Assert.False(witness.Requested["Redist2"]);
        Assert.True(witness.Requested["CxlHost"]);
        Assert.Equal("Ecam", witness.Region);
        Assert.Equal(witness.Start, witness.OldBase);
        Assert.Equal(witness.Start + (256UL << 20), witness.NewBase);
    }

    [Fact]
    public void Region_that_fits_in_alignment_slack_of_every_start_is_safe()
    {
        // Starts are multiples of 1 GiB: after a 64 MiB region there is always 192 MiB of slack before 256 MiB.
        var shipped = new[] { F("A", 64UL << 20), F("B", 256UL << 20) };
        var current = new[] { shipped[0], F("Small", 1UL << 20), shipped[1] };
        var always = new StartSpace(Floor: 256UL << 30, DeviceAlignment: 1UL << 30, RamBase: 0, AddressBits: 64);

        // In the compact layout A may be off, so Small then sits where B was: not safe.
        Assert.NotNull(InsertionProver.FindMove(shipped, current, always));

        // Behind a region that is always there (legacy reserves it) the same insertion is safe: check legacy alone by brute force.
        Assert.False(BruteForce(shipped, current, always, legacyOnly: true));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Prover_agrees_with_brute_force_on_random_small_maps(int seed)
    {
        var random = new Random(seed);
        var disagreements = new List<string>();
        var verdicts = new int[2];
        for (var trial = 0; trial < 150; trial++)
        {
            var (shipped, current, space) = RandomCase(random);
            var proved = InsertionProver.FindMove(shipped, current, space) is not null;
            verdicts[proved ? 1 : 0]++;
            var brute = BruteForce(shipped, current, space, legacyOnly: false);
            if (proved != brute)
            {
                disagreements.Add($"prover {proved}, brute force {brute}: shipped [{Show(shipped)}] current [{Show(current)}] floor {space.Floor} dev {space.DeviceAlignment}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(10)));
        Assert.True(verdicts[0] >= 15 && verdicts[1] >= 15, $"safe {verdicts[0]}, moving {verdicts[1]}: the cases should exercise both verdicts");
    }

    [Fact]
    public void Witness_reproduces_the_move_it_reports()
    {
        var random = new Random(42);
        var checkedWitnesses = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var (shipped, current, space) = RandomCase(random);
            if (InsertionProver.FindMove(shipped, current, space) is not { Start: { } start } witness)
            {
                continue;
            }

            var config = new PlanConfig(witness.Legacy, witness.Requested, witness.Sizes);
            var before = Simulate(shipped, start, config);
            var after = Simulate(current, start, config);
            Assert.Equal(witness.OldBase, before[witness.Region]);
            Assert.Equal(witness.NewBase, after.TryGetValue(witness.Region, out var moved) ? moved : null);
            checkedWitnesses++;
        }

        Assert.True(checkedWitnesses > 20, checkedWitnesses.ToString());
    }

    private static (FloatingDef[] Shipped, FloatingDef[] Current, StartSpace Space) RandomCase(Random random)
    {
        var shipped = new List<FloatingDef>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var size = 1UL << random.Next(0, 6);
            var alignment = random.Next(4) == 0 ? 1UL << random.Next(0, 6) : 0;
            shipped.Add(F("S" + i, size, alignment, resizable: alignment == 0 && random.Next(6) == 0));
        }

        var current = new List<FloatingDef>(shipped);
        var inserts = random.Next(1, 3);
        for (var i = 0; i < inserts; i++)
        {
            var size = 1UL << random.Next(0, 5);
            var alignment = random.Next(3) == 0 ? 1UL << random.Next(0, 5) : 0;
            current.Insert(random.Next(0, current.Count + 1), F("N" + i, size, alignment));
        }

        var device = random.Next(3) switch { 0 => 0UL, 1 => 1UL << random.Next(0, 4), _ => 1UL << random.Next(3, 7) };
        var floor = (ulong)random.Next(0, 200);
        return (shipped.ToArray(), current.ToArray(), new StartSpace(floor, device, RamBase: 0, AddressBits: 64));
    }

    /// <summary>Every start over three periods of the largest alignment, every flag set, both layouts, raised sizes up to 2^12.</summary>
    private static bool BruteForce(FloatingDef[] shipped, FloatingDef[] current, StartSpace space, bool legacyOnly)
    {
        var resizable = current.Where(r => r.Resizable).ToArray();
        var sizeChoices = resizable.Select(r => Enumerable.Range(0, 13).Select(k => 1UL << k).Where(s => s >= r.Size).ToArray()).ToArray();
        foreach (var sizes in Cartesian(sizeChoices))
        {
            var raised = resizable.Select((r, i) => (r.Name, sizes[i])).ToDictionary(p => p.Name, p => p.Item2);
            var period = current.Concat(shipped).Max(r => r.AlignFor(raised.TryGetValue(r.Name, out var s) ? s : r.Size));
            var starts = new List<ulong> { space.Floor };
            var step = Math.Max(space.DeviceAlignment, 1);
            for (var x = (space.Floor + step - 1) / step * step; x < space.Floor + (3 * Math.Max(period, step)) + step; x += step)
            {
                starts.Add(x);
            }

            for (var mask = 0; mask < (1 << current.Length); mask++)
            {
                var requested = current.Select((r, i) => (r.Name, (mask & (1 << i)) != 0)).ToDictionary(p => p.Name, p => p.Item2);
                foreach (var legacy in legacyOnly ? new[] { true } : new[] { true, false })
                {
                    var config = new PlanConfig(legacy, requested, raised);
                    foreach (var start in starts)
                    {
                        var before = Simulate(shipped, start, config);
                        var after = Simulate(current, start, config);
                        if (before.Any(p => !after.TryGetValue(p.Key, out var b) || b != p.Value))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// <summary>An independent, plain transcription of the planner's loop (every address bit available).</summary>
    private static Dictionary<string, ulong> Simulate(IEnumerable<FloatingDef> sequence, ulong start, PlanConfig config)
    {
        var enabled = new Dictionary<string, ulong>();
        var cursor = start;
        foreach (var region in sequence)
        {
            var size = config.SizeOf(region);
            var align = region.AlignFor(size);
            var regionBase = (cursor + align - 1) / align * align;
            var on = config.IsRequested(region);
            if (on)
            {
                enabled[region.Name] = regionBase;
            }

            if (config.Legacy || on)
            {
                cursor = regionBase + size;
            }
        }

        return enabled;
    }

    private static IEnumerable<ulong[]> Cartesian(ulong[][] choices)
    {
        IEnumerable<ulong[]> result = new[] { Array.Empty<ulong>() };
        foreach (var options in choices)
        {
            result = result.SelectMany(prefix => options.Select(o => prefix.Append(o).ToArray()));
        }

        return result;
    }

    private static string Show(IEnumerable<FloatingDef> regions) =>
        string.Join(", ", regions.Select(r => $"{r.Name}:{r.Size}/{r.Alignment}{(r.Resizable ? "R" : string.Empty)}"));
}
