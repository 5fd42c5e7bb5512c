using System.Runtime.CompilerServices;
using Sample.Virt;

namespace ZeroCost.Probe;

/// <summary>
/// Each method reads one fixed region's base or size the way a VMM would. NoInlining keeps every method a separate
/// JIT unit, so its own disassembly can be inspected; the body should be nothing but the constant.
/// </summary>
public static partial class Probes
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetGicCpuBase() => VirtMemmap.Get(VirtRegion.GicCpu).Base;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetGicCpuSize() => VirtMemmap.Get(VirtRegion.GicCpu).Size;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetPcieMmioLast() => VirtMemmap.Get(VirtRegion.PcieMmio).Last;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong GetMemWindowSize() => VirtMemmap.Get(VirtRegion.Mem).Size;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong ConstGicCpuBase() => VirtMemmap.GicCpuBase;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong ConstFlashSize() => VirtMemmap.FlashSize;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong PropertyUart0Base() => VirtMemmap.Uart0.Base;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong PackedGicBase() => PackedMemmap.Get(PackedRegion.Gic).Base;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong PackedGicSize() => PackedMemmap.Get(PackedRegion.Gic).Size;
}
