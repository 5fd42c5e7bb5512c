using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MemmapGen;
using Sample.Cli;
using Sample.Virt.Cli;

namespace Sample.Virt;

/// <summary>
/// The QEMU side of the sample: turns a <see cref="MachineConfig"/> into the generated planner's options the way
/// <c>virt_set_memmap()</c> reads QEMU's machine state, and renders the planner's typed errors as QEMU's messages.
/// The command line and the fidelity tests both go through here.
/// </summary>
public static class VirtMachine
{
    /// <summary>The PA width the map is planned for: QEMU treats <c>highmem=off</c> as a 32-bit PA space, whatever the host supports.</summary>
    public static int EffectivePaBits(MachineConfig config) => config.Highmem ? config.PaBits : 32;

    /// <summary>The floating layout: <c>compact-highmem</c> when given, else the machine version's.</summary>
    public static FloatingLayout FloatingLayoutOf(MachineConfig config) => config.CompactHighmem switch
    {
        true => FloatingLayout.Compact,
        false => FloatingLayout.Legacy,
        null => config.Machine.FloatingLayout,
    };

    /// <summary>The planner's options for a configuration.</summary>
    public static VirtMemmap.PlanOptions ToPlanOptions(MachineConfig config) => new()
    {
        RamSize = config.RamSize,
        MaxRamSize = config.MaxRamSize,
        RamSlots = config.Slots,
        PhysAddrBits = EffectivePaBits(config),
        Version = config.Machine.ResolvedVersion,
        // Only an explicit compact-highmem overrides the version's layout.
        FloatingLayout = config.CompactHighmem switch { true => FloatingLayout.Compact, false => FloatingLayout.Legacy, null => null },
        EnableHighGicRedist2 = config.HighmemRedists,
        EnableHighPcieEcam = config.HighmemEcam,
        EnableHighPcieMmio = config.HighmemMmio,
        HighPcieMmioSize = config.HighmemMmioSize,
    };

    /// <summary>Plans the memory map; on failure returns false and QEMU's message for the error.</summary>
    public static bool TryPlan(MachineConfig config, out VirtMemmap.Layout layout, [NotNullWhen(false)] out string? error)
    {
        if (!VirtMemmap.TryPlan(ToPlanOptions(config), out layout, out var planError))
        {
            error = Describe(planError);
            return false;
        }

        // QEMU checks the CPUs against the interrupt controller once the map is known (machvirt_init).
        var maxCpus = Gic.MaxCpus(config, layout);
        error = config.Cpus > maxCpus
            ? Invariant($"Number of SMP CPUs requested ({config.Cpus}) exceeds max CPUs supported by machine 'mach-virt' ({maxCpus})")
            : null;
        return error is null;
    }

    /// <summary>QEMU's message for a planning error (<c>hw/arm/virt.c</c>, without the trailing newline older versions printed).</summary>
    public static string Describe(PlanError error) => error.Kind switch
    {
        PlanErrorKind.TooManySlots => Invariant($"unsupported number of memory slots: {error.Value}"),
        PlanErrorKind.MemoryExceedsAddressSpace => Invariant($"Addressing limited to {error.Bits} bits, but memory exceeds it by {error.Value} bytes"),
        PlanErrorKind.MemoryOverflow => "maxmem/slots too huge",
        PlanErrorKind.SizeNotPowerOfTwo => SizeProperty(error) + " is not a power of 2",
        PlanErrorKind.SizeBelowDeclared =>
            SizeProperty(error) + " cannot be set to a lower value than the default (" + QemuSize.ToText(error.Limit) + ")",
        _ => error.Message,
    };

    /// <summary>QEMU's <c>virt_kvm_type()</c> IPA size: the bits <see cref="VirtMemmap.Layout.HighestGpa"/> needs, at least 32.</summary>
    public static int RequiredPaBits(in VirtMemmap.Layout layout) => Math.Max(32, layout.RequiredPhysAddrBits);

    /// <summary>True for a region the planner places (its base is not known before planning).</summary>
    public static bool IsFloating(VirtRegion region) => VirtMemmap.KindOf(region) == RegionKind.Floating;

    /// <summary>The machine property that requests a floating region, e.g. <c>highmem-mmio</c>.</summary>
    public static string PropertyOf(VirtRegion region) => region switch
    {
        VirtRegion.HighGicRedist2 => "highmem-redists",
        VirtRegion.HighPcieEcam => "highmem-ecam",
        VirtRegion.HighPcieMmio => "highmem-mmio",
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "not a floating region"),
    };

    /// <summary>Why a floating region is disabled, in the user's terms: <c>not requested (highmem-ecam=off)</c>, <c>does not fit in 40 bits</c>.</summary>
    public static string WhyDisabled(VirtRegion region, PlacementState state, MachineConfig config) => state switch
    {
        PlacementState.NotRequested => "not requested (" + PropertyOf(region) + "=off"
            + (Requested(region, config) is null ? ", the default of " + config.Machine.Name : string.Empty) + ")",
        PlacementState.DoesNotFit => Invariant($"does not fit in {EffectivePaBits(config)} bits") + (config.Highmem ? string.Empty : " (highmem=off)"),
        _ => RegionPlacement.Describe(state),
    };

    private static bool? Requested(VirtRegion region, MachineConfig config) => region switch
    {
        VirtRegion.HighGicRedist2 => config.HighmemRedists,
        VirtRegion.HighPcieEcam => config.HighmemEcam,
        _ => config.HighmemMmio,
    };

    // The planner names the resized region; QEMU names its size property.
    private static string SizeProperty(PlanError error) =>
        Enum.TryParse<VirtRegion>(error.Region, out var region) && IsFloating(region) ? PropertyOf(region) + "-size" : error.Region ?? "size";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
