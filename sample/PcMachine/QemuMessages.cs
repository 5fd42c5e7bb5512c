using System.Globalization;

namespace Sample.Pc;

/// <summary>
/// QEMU's messages for the configurations <c>pc_memory_init()</c> and the machine code refuse, word for word
/// (typos included), from the numbers the planner reports. An <c>assert()</c> QEMU would abort on is written as
/// <c>assertion failed: expression</c>.
/// </summary>
public static class QemuMessages
{
    /// <summary><c>pc_machine_set_max_ram_below_4g()</c>: the property is above 4 GiB.</summary>
    public static string LimitTooLarge(ulong value) =>
        Invariant($"Machine option 'max-ram-below-4g={value}' expects size less than or equal to 4G");

    /// <summary>The phys-bits check: the highest used address is past the last address phys-bits can reach.</summary>
    public static string AddressPastWidth(ulong lastAddress, ulong maxUsedGpa, int physBits) =>
        Invariant($"Address space limit 0x{lastAddress:x} < 0x{maxUsedGpa:x} phys-bits too low ({physBits})");

    /// <summary>More hot-plug slots than ACPI describes.</summary>
    public static string TooManySlots(ulong slots) => Invariant($"unsupported amount of memory slots: {slots}");

    /// <summary>maxmem is not a multiple of the target page size (QEMU's text says "must by").</summary>
    public static string MaxRamNotAligned(ulong alignment) =>
        Invariant($"maximum memory size must by aligned to multiple of {alignment} bytes");

    /// <summary>Device memory would end past 2^64 (RAM_ADDR_FMT: hex without 0x).</summary>
    public static string MemoryOverflow(ulong maxRamSize) => Invariant($"unsupported amount of maximum memory: {maxRamSize:x}");

    /// <summary>
    /// The 32-bit PCI hole <c>[end of RAM below 4G, IOAPIC)</c> has no room: <c>range_set_bounds()</c> asserts that the
    /// range is valid (RAM ends past the IOAPIC), then that it is not empty (RAM ends exactly at it).
    /// </summary>
    public static string GapClosed(ulong bankEnd, ulong regionBase) => bankEnd > regionBase
        ? "assertion failed: range->lob <= range->upb || range->lob == range->upb + 1"
        : "assertion failed: !range_is_empty(range)";

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
