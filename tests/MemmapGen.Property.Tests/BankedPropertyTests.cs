using System;
using System.Globalization;
using System.Linq;
using MemmapGen.Property.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace MemmapGen.Property.Tests;

/// <summary>
/// Random banked (x86-style) maps, each compiled once, planned with many random inputs and checked against the spec's
/// properties and reference model. MEMMAPGEN_BANKED_SHAPES, MEMMAPGEN_BANKED_INPUTS and MEMMAPGEN_PROPERTY_SEED scale
/// or move the run.
/// </summary>
public sealed class BankedPropertyTests
{
    private readonly ITestOutputHelper _output;

    public BankedPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Banked_plans_never_overlap_wrap_or_pass_the_width_and_agree_with_the_spec()
    {
        var shapes = Setting("MEMMAPGEN_BANKED_SHAPES", 12);
        var inputs = Setting("MEMMAPGEN_BANKED_INPUTS", 2500);
        var seed = (ulong)Setting("MEMMAPGEN_PROPERTY_SEED", 1);
        var checks = new BankedChecks();
        var alwaysCapped = 0;
        for (var s = 0UL; s < (ulong)shapes; s++)
        {
            var shape = BankedGenerators.Shape((seed << 32) + s);
            alwaysCapped += shape.Banks.Count(bank => bank is { LargeRamLimit: not 0, LargeRamLimitOptional: false });
            using var planner = CompiledBankedPlanner.Compile(shape);
            try
            {
                Seeded.ForAll(BankedGenerators.Input(shape), inputs, (seed << 40) + (s << 20) + (1 << 18), input => checks.Check(planner, shape, input), input => input.ToString());
            }
            catch (Exception failure)
            {
                throw new InvalidOperationException($"shape {(seed << 32) + s}: {shape}\n{failure.Message}", failure);
            }
        }

        _output.WriteLine($"{shapes} banked shapes ({alwaysCapped} banks with LargeRamLimitOptional = false) x {inputs} inputs: {checks.Counts}");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
