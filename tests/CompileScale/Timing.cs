using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace CompileScale;

/// <summary>Median of several timed runs after warm-up runs (JIT, tiering, caches), in milliseconds.</summary>
internal static class Timing
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Runs <paramref name="run"/> (which returns its own measurements) warm-up + runs times; the median of each measurement.</summary>
    public static double[] Measure(int warmups, int runs, Func<double[]> run)
    {
        for (var i = 0; i < warmups; i++)
        {
            run();
        }

        var samples = Enumerable.Range(0, runs).Select(_ => run()).ToArray();
        return Enumerable.Range(0, samples[0].Length).Select(k => Median(samples.Select(s => s[k]))).ToArray();
    }

    public static double Ms(Stopwatch watch) => watch.Elapsed.TotalMilliseconds;
}
