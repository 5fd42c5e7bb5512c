using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sample.Virt.Tests.Qemu;
using Xunit;
using Xunit.Abstractions;

namespace Sample.Virt.Tests;

/// <summary>
/// The sample's <c>--dts</c> against the tree QEMU 7.2 itself dumps (<c>-M virt,dumpdtb=</c>) for the same options:
/// every node the sample writes exists in QEMU's tree with the same value for every property the sample writes
/// (QEMU's tree has more nodes and properties; those are not compared), every node of QEMU's with an address range is
/// written, the sample's source compiles with dtc without a warning, and where one side refuses the options the other
/// does too.
/// </summary>
public sealed class QemuDeviceTreeTests
{
    // Fixed, so every run draws the same option sets; enough that at least MinCompared trees are compared.
    private const int Seed = 20_221_214, OptionSets = 260, MinCompared = 200;

    private readonly ITestOutputHelper _output;

    public QemuDeviceTreeTests(ITestOutputHelper output) => _output = output;

    [QemuFact]
    public void Dts_equals_qemus_own_tree_for_random_option_sets()
    {
        var random = new Random(Seed);
        var sets = Enumerable.Range(0, OptionSets).Select(_ => QemuOptionSet.Draw(random)).ToList();
        var work = Directory.CreateTempSubdirectory("memmapgen-dts-");
        var results = new ConcurrentDictionary<int, Outcome>();
        try
        {
            // Two at a time: QEMU's dump is quick, but two cores are shared with the rest of the suite.
            Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                results[i] = Compare(sets[i], Path.Combine(work.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        finally
        {
            work.Delete(recursive: true);
        }

        var failures = results.OrderBy(r => r.Key).Where(r => r.Value.Problem is not null).Select(r => sets[r.Key] + ": " + r.Value.Problem).ToList();
        var compared = results.Where(r => r.Value.Nodes > 0).Select(r => sets[r.Key]).ToList();
        _output.WriteLine(
            $"{sets.Count} option sets: {compared.Count} trees equal QEMU's, {results.Count(r => r.Value.Refused)} refused by both; " +
            $"{results.Values.Sum(o => o.Nodes)} nodes and {results.Values.Sum(o => o.Properties)} properties compared");
        Assert.True(failures.Count == 0, failures.Count + " of " + sets.Count + " option sets differ from QEMU:\n" + string.Join("\n", failures.Take(10)));
        Assert.True(compared.Count >= MinCompared, $"only {compared.Count} trees compared");

        // What the draw covered among the compared trees.
        Assert.Contains(compared, s => s.Gic == 2);
        Assert.Contains(compared, s => s.Gic == 3 && s.Cpus > 123);
        Assert.Contains(compared, s => !s.Highmem);
        Assert.Contains(compared, s => s.Legacy);
        Assert.Contains(compared, s => !s.Legacy);
        Assert.Contains(compared, s => s.MaxMemMiB != 0);
        Assert.Equal(5, compared.Select(s => s.Cpu).Distinct().Count());
    }

    private static Outcome Compare(QemuOptionSet set, string folder)
    {
        Directory.CreateDirectory(folder);
        var sample = CliRunner.Run(set.SampleArgs());
        var qemuDtb = Path.Combine(folder, "qemu.dtb");
        var qemu = QemuTools.Run(QemuTools.Qemu!, set.QemuArgs(qemuDtb));
        if (sample.Exit != 0 || qemu.Exit != 0)
        {
            return sample.Exit != 0 && qemu.Exit != 0
                ? new Outcome(null, Refused: true)
                : new Outcome(sample.Exit != 0
                    ? "the sample refuses (" + sample.Stderr.Trim() + "), QEMU does not"
                    : "QEMU refuses (" + qemu.Stderr.Trim() + "), the sample does not");
        }

        var sampleDts = Path.Combine(folder, "sample.dts");
        var sampleDtb = Path.Combine(folder, "sample.dtb");
        File.WriteAllText(sampleDts, sample.Stdout);
        var compiled = QemuTools.Run(QemuTools.Dtc!, "-I", "dts", "-O", "dtb", "-o", sampleDtb, sampleDts);
        if (compiled.Exit != 0 || compiled.Stderr.Length != 0)
        {
            return new Outcome("dtc: exit " + compiled.Exit + ": " + compiled.Stderr.Trim());
        }

        var mine = DtsNodes.Parse(QemuTools.Run(QemuTools.Dtc!, "-I", "dtb", "-O", "dts", sampleDtb).Stdout);
        var theirs = DtsNodes.Parse(QemuTools.Run(QemuTools.Dtc!, "-I", "dtb", "-O", "dts", qemuDtb).Stdout);
        var properties = 0;
        foreach (var (path, props) in mine)
        {
            if (!theirs.TryGetValue(path, out var qemuProps))
            {
                return new Outcome("QEMU has no node " + path);
            }

            foreach (var (name, value) in props)
            {
                properties++;
                if (!qemuProps.TryGetValue(name, out var qemuValue) || qemuValue != value)
                {
                    return new Outcome($"{path} {name}: sample {value}, QEMU {qemuValue ?? "(none)"}");
                }
            }
        }

        // And nothing that places a region is left out: every node of QEMU's with a reg or a non-empty ranges is written,
        // but for the CPUs, whose reg is an affinity, not an address.
        foreach (var (path, props) in theirs)
        {
            var places = props.ContainsKey("reg") || (props.TryGetValue("ranges", out var ranges) && ranges.Length != 0);
            if (places && !path.StartsWith("/cpus/", StringComparison.Ordinal) && !mine.ContainsKey(path))
            {
                return new Outcome("the sample has no node " + path);
            }
        }

        return new Outcome(null, Nodes: mine.Count, Properties: properties);
    }

    private sealed record Outcome(string? Problem, bool Refused = false, int Nodes = 0, int Properties = 0);
}
