using System.Runtime.CompilerServices;
using Sample.Pc;

namespace ZeroCost.Probe;

/// <summary>
/// The banked x86 maps of the pc sample: a fixed region's and a reserved window's constants should fold to immediates
/// like the Arm map's, and a plan's result accessors should be loads from the layout and arithmetic, no call.
/// </summary>
public static partial class Probes
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong ConstQ35IoApicBase() => Q35Memmap.IoApicBase;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetQ35IoApicBase() => Q35Memmap.Get(Q35Region.IoApic).Base;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetQ35IoApicSize() => Q35Memmap.Get(Q35Region.IoApic).Size;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetQ35HyperTransportBase() => Q35Memmap.Get(Q35Region.HyperTransport).Base;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong PropertyQ35HyperTransportLast() => Q35Memmap.HyperTransport.Last;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetPcHyperTransportSize() => PcMemmap.Get(PcRegion.HyperTransport).Size;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong LayoutHighRamBase(in Q35Memmap.Layout layout) => layout.HighRam.Base;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong LayoutPciHoleSize(in Q35Memmap.Layout layout) => layout.PciHole.Size;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong LayoutLastUsedGpa(in Q35Memmap.Layout layout) => layout.LastUsedGpa;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong LayoutDeviceMemoryEnd(in Q35Memmap.Layout layout) => layout.DeviceMemory.Base + layout.DeviceMemory.Size;
}
