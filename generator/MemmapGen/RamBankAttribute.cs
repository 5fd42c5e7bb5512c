using System;

namespace MemmapGen;

/// <summary>
/// One bank of RAM at a fixed base, for maps that split RAM around holes (x86 style). Banks are filled in declaration
/// order: each takes RAM up to its limit, the last one takes the rest; hot-plug device memory follows the last bank.
/// A map declares either one <see cref="RamAttribute"/> or banks, not both.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class RamBankAttribute : Attribute
{
    /// <summary>Declares a bank of RAM starting at <paramref name="base"/>.</summary>
    public RamBankAttribute(ulong @base) => Base = @base;

    /// <summary>Guest-physical address where the bank starts.</summary>
    public ulong Base { get; }

    /// <summary>
    /// The largest size of the bank (QEMU pc: 0xE000_0000, <c>max-ram-below-4g</c>); every bank but the last needs one.
    /// A plan may override it, up to <see cref="MaxLimit"/>.
    /// </summary>
    public ulong Limit { get; set; }

    /// <summary>The largest limit a plan may ask for (QEMU: 4 GiB). 0 (the default): no bound.</summary>
    public ulong MaxLimit { get; set; }

    /// <summary>
    /// The RAM size from which <see cref="LargeRamLimit"/> caps the limit (QEMU q35: 0xB000_0000). 0 (the default): the
    /// bank's own limit, as planned.
    /// </summary>
    public ulong LargeRamFrom { get; set; }

    /// <summary>
    /// The limit of the bank for large guests (QEMU pc: 3 GiB, q35: 2 GiB): when RAM is at least
    /// <see cref="LargeRamFrom"/>, the limit is at most this. A plan may switch the rule off unless
    /// <see cref="LargeRamLimitOptional"/> is false. 0 (the default): no cap.
    /// </summary>
    public ulong LargeRamLimit { get; set; }

    /// <summary>
    /// Whether plans may switch the <see cref="LargeRamLimit"/> cap off (<c>PlanOptions.&lt;Bank&gt;LargeRamLimit</c>);
    /// false: the cap always applies and the option is not generated. True (the default) for QEMU pc, whose
    /// <c>gigabyte_align</c> is that switch; false for q35, which has none.
    /// </summary>
    public bool LargeRamLimitOptional { get; set; } = true;

    /// <summary>
    /// A <see cref="ReservedAttribute"/> member of the same map (QEMU: the AMD HyperTransport window): when the window is
    /// active and the plan's highest used address reaches its base, the bank moves to the window's end instead, and
    /// everything after the bank follows.
    /// </summary>
    public object? RelocatePast { get; set; }

    /// <summary>Rounding of the base of device (hot-plug) memory after the last bank (QEMU: 1 GiB). 0: none.</summary>
    public ulong DeviceMemoryAlignment { get; set; }

    /// <summary>Extra device memory reserved per hot-plug slot (QEMU: 1 GiB). 0 (the default): none.</summary>
    public ulong SlotSize { get; set; }

    /// <summary>Largest number of hot-plug slots a plan accepts (QEMU: 256). 0 (the default): no limit.</summary>
    public uint MaxSlots { get; set; }

    /// <summary>The alignment the maximum RAM size must have (QEMU: 4 KiB, the page size). 0 (the default): none.</summary>
    public ulong MaxRamAlignment { get; set; }
}
