using System;
using System.Globalization;
using MemmapGen.Property.Tests.Infrastructure;
using MemmapGen.Property.Tests.Model;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Property.Tests;

/// <summary>
/// Random maps, each compiled once, planned with many random inputs. MEMMAPGEN_PROPERTY_SHAPES and
/// MEMMAPGEN_PROPERTY_INPUTS scale the run; MEMMAPGEN_PROPERTY_SEED moves it to other seeds.
/// </summary>
public sealed class PlannerPropertyTests
{
    private readonly ITestOutputHelper _output;

    public PlannerPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Floating_regions_are_aligned_disjoint_within_the_width_and_never_wrap()
    {
        var shapes = Setting("MEMMAPGEN_PROPERTY_SHAPES", 120);
        var inputs = Setting("MEMMAPGEN_PROPERTY_INPUTS", 2000);
        var seed = (ulong)Setting("MEMMAPGEN_PROPERTY_SEED", 1);
        var checks = new PlanChecks();
        for (var s = 0UL; s < (ulong)shapes; s++)
        {
            var shapeSeed = Seeded.SeedOf((seed << 32) + s);
            var shape = Generators.Shape.Generate(CsCheck.PCG.Parse(shapeSeed), null, out _);
            using var planner = CompiledPlanner.Compile(shape);
            try
            {
                Seeded.ForAll(Generators.Input(shape), inputs, (seed << 40) + (s << 20), input => checks.Check(planner, shape, input), input => input.ToString());
                Seeded.ForAll(Generators.Address(shape), inputs / 4, (seed << 40) + (s << 20) + (1 << 19), address => checks.CheckLookup(planner, shape, address), a => "0x" + a.ToString("X", CultureInfo.InvariantCulture));
            }
            catch (Exception failure)
            {
                throw new InvalidOperationException($"shape {shapeSeed}: {shape}\n{failure.Message}", failure);
            }
        }

        _output.WriteLine($"{shapes} shapes: {checks.Counts}");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
