using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Sample.Virt;

namespace Benchmarks;

/// <summary>
/// Address to fixed region (the MMIO-exit question): the generated binary search against a linear scan, over a
/// shuffled mix of region edges, addresses among the small devices, anywhere below 4 GiB and anywhere at all.
/// Both are checked to agree on every address.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    /// <summary>Lookups per benchmark invocation.</summary>
    public const int Batch = 4096;

    private ulong[] _addresses = Array.Empty<ulong>();

    [GlobalSetup]
    public void Setup()
    {
        _addresses = Addresses(Batch);
        AssertLookupsAgree(_addresses);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int LinearScan()
    {
        ulong[] addresses = _addresses;
        int sum = 0;
        for (int i = 0; i < addresses.Length; i++)
        {
            if (LinearLookup.TryFind(addresses[i], out var region))
                sum += (int)region;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int GeneratedTryFind()
    {
        ulong[] addresses = _addresses;
        int sum = 0;
        for (int i = 0; i < addresses.Length; i++)
        {
            if (VirtMemmap.TryFind(addresses[i], out var region))
                sum += (int)region;
        }
        return sum;
    }

    /// <summary>A quarter each: region edges (first, middle, last byte and both neighbours), the device block, below 4 GiB, anywhere.</summary>
    public static ulong[] Addresses(int count)
    {
        var random = new Random(20190305);
        var edges = LinearLookup.Regions
            .SelectMany(r => new[] { r.Base, r.Base + r.Size / 2, r.Base + r.Size - 1, r.Base - 1, r.Base + r.Size })
            .ToArray();
        var addresses = new List<ulong>(count);
        for (int i = 0; addresses.Count < count; i++)
        {
            addresses.Add((i % 4) switch
            {
                0 => edges[i / 4 % edges.Length],
                1 => 0x0800_0000UL + (ulong)random.NextInt64(0x0200_2000), // GIC, UARTs, RTC, fw_cfg, virtio-mmio
                2 => (ulong)random.NextInt64(1L << 32),
                _ => (ulong)random.NextInt64(long.MinValue, long.MaxValue),
            });
        }
        var array = addresses.ToArray();
        random.Shuffle(array);
        return array;
    }

    /// <summary>Throws unless the generated lookup and the linear scan give the same answer for every address.</summary>
    public static void AssertLookupsAgree(IEnumerable<ulong> addresses)
    {
        var failures = addresses
            .Select(address => (address, generated: Find(VirtMemmap.TryFind, address), linear: Find(LinearLookup.TryFind, address)))
            .Where(result => result.generated != result.linear)
            .Select(result => $"0x{result.address:X}: generated {result.generated}, linear {result.linear}")
            .ToList();
        if (failures.Count > 0)
            throw new InvalidOperationException($"TryFind and the linear scan disagree on {failures.Count} address(es):\n" + string.Join('\n', failures.Take(20)));
    }

    private delegate bool Finder(ulong address, out VirtRegion region);

    private static string Find(Finder finder, ulong address) => finder(address, out var region) ? region.ToString() : "none";
}
