using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Testing.QemuPc;
using Sample.Pc;
using QemuMachineKind = MemmapGen.Testing.QemuPc.PcMachine;

namespace Benchmarks;

/// <summary>
/// The x86 benchmark inputs: the distinct inputs of QEMU's x86 vectors (tests/Data/qemu-pc-memmap-main.csv; the same
/// input recurs across commits), and each one as the generated planners' options.
/// </summary>
public static class PcInputs
{
    private static readonly Lazy<IReadOnlyList<PcVectorRow>> s_rows = new(() => PcVectorFile.Read(PcVectorFile.DefaultPath));

    internal static IReadOnlyList<PcVectorRow> Rows => s_rows.Value;

    /// <summary>The distinct inputs of all rows, in first-seen order.</summary>
    public static IReadOnlyList<PcInput> Distinct() => Rows.Select(row => row.ToInput()).Distinct().ToList();

    /// <summary>The i440FX options for a port input: every compat flag as an override, so the version does not matter.</summary>
    public static PcMemmap.PlanOptions PcOptions(PcInput input) => new()
    {
        RamSize = input.RamSize,
        MaxRamSize = input.MaxRamSize,
        RamSlots = input.RamSlots,
        PhysAddrBits = input.PhysBits,
        Guest64Bit = input.LongMode,
        CheckGuest32Bit = !input.Broken32BitMemAddrCheck,
        LowRamLimit = LowRamLimit(input),
        LowRamLargeRamLimit = input.GigabyteAlign,
        AvoidHyperTransport = input.CpuVendor == CpuVendor.Amd,
        EnforceHyperTransport = input.EnforceAmd1TbHole,
        PciHole64Size = input.PciHole64Size,
        AdvertisePciHole64 = input.PciHole64Fix,
    };

    /// <summary>The Q35 options for a port input; q35's split does not read <c>gigabyte_align</c>.</summary>
    public static Q35Memmap.PlanOptions Q35Options(PcInput input) => new()
    {
        RamSize = input.RamSize,
        MaxRamSize = input.MaxRamSize,
        RamSlots = input.RamSlots,
        PhysAddrBits = input.PhysBits,
        Guest64Bit = input.LongMode,
        CheckGuest32Bit = !input.Broken32BitMemAddrCheck,
        LowRamLimit = LowRamLimit(input),
        AvoidHyperTransport = input.CpuVendor == CpuVendor.Amd,
        EnforceHyperTransport = input.EnforceAmd1TbHole,
        PciHole64Size = input.PciHole64Size,
        AdvertisePciHole64 = input.PciHole64Fix,
    };

    public static bool IsQ35(PcInput input) => input.Machine == QemuMachineKind.Q35;

    // QEMU reads max-ram-below-4g=0 as "not set".
    private static ulong? LowRamLimit(PcInput input) => input.MaxRamBelow4G is 0 ? null : input.MaxRamBelow4G;
}
