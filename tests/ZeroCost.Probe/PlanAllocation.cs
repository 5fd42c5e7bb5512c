using System;
using System.Runtime.CompilerServices;
using Sample.Pc;

namespace ZeroCost.Probe;

/// <summary>A banked plan allocates nothing: both pc maps, a relocating AMD guest with hot-plug memory, and the e820 walk.</summary>
public static partial class Probes
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong PlanAllocatedBytes()
    {
        var pc = new PcMemmap.PlanOptions { RamSize = 8UL << 30, PhysAddrBits = 40 };
        var q35 = new Q35Memmap.PlanOptions
        {
            RamSize = 1000UL << 30,
            MaxRamSize = 1064UL << 30,
            RamSlots = 4,
            PhysAddrBits = 48,
            AvoidHyperTransport = true,
        };
        ulong sum = PlanBoth(in pc, in q35); // the first calls compile and initialise what they use
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
            sum += PlanBoth(in pc, in q35);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return sum == 0 ? ulong.MaxValue : (ulong)allocated; // a plan that failed is not a measurement
    }

    private static ulong PlanBoth(in PcMemmap.PlanOptions pc, in Q35Memmap.PlanOptions q35)
    {
        ulong sum = 0;
        if (PcMemmap.TryPlan(in pc, out var pcLayout, out _))
        {
            for (int e = 0; e < pcLayout.E820Count; e++)
                sum += pcLayout.GetE820(e).Size;
        }
        if (Q35Memmap.TryPlan(in q35, out var q35Layout, out _) && q35Layout.HighRamRelocated)
        {
            for (int e = 0; e < q35Layout.E820Count; e++)
                sum += q35Layout.GetE820(e).Size;
        }
        return sum;
    }
}
