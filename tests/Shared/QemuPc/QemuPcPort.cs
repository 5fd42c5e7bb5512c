using System.Collections.Generic;
using System.Globalization;

namespace MemmapGen.Testing.QemuPc;

/// <summary>
/// A straightforward C# port of QEMU's x86 pc/q35 layout logic at upstream <c>ece408818d</c> (2026-02-13): the
/// <c>max-ram-below-4g</c> setter, the RAM split of <c>pc_init1()</c> and <c>pc_q35_init()</c>,
/// <c>pc_memory_init()</c> with its helpers, and the host bridges' <c>pci-hole*</c> property getters. It keeps
/// QEMU's order of operations and its uint64_t arithmetic, which wraps (the maxmem wrap case relies on it). Each
/// method is named after the QEMU function it ports. It is the oracle for the x86 vectors and the baseline the
/// generated planner is timed against, so it stays as plain as QEMU's C.
/// </summary>
/// <remarks>
/// Modelled as the vectors were made: a PCI machine with reserved memory, no SGX EPC, no CXL, no Xen, and no
/// firmware-assigned 64-bit BAR (the host bridge's w64 range is empty). QEMU's <c>exit()</c> and failed
/// <c>assert()</c> end the run: the method returns false and the layout is left out of the result.
/// </remarks>
public sealed class QemuPcPort
{
    private const ulong MiB = 1UL << 20;
    private const ulong GiB = 1UL << 30;

    // hw/i386/pc.c
    private const ulong AmdHtStart = 0xfd00000000UL;
    private const ulong AmdHtEnd = 0xffffffffffUL;
    private const ulong AmdAbove1TbStart = AmdHtEnd + 1;
    private const ulong AmdHtSize = AmdAbove1TbStart - AmdHtStart;

    private const ulong AcpiMaxRamSlots = 256;
    private const int TargetPageSize = 4096;
    private const ulong IoApicDefaultAddress = 0xfec00000;

    // hw/pci-host/i440fx.c and q35.c
    private const ulong I440FxPciHostHole64SizeDefault = 1UL << 31;
    private const ulong Q35PciHostHole64SizeDefault = 1UL << 35;

    private readonly PcInput _input;
    private readonly ulong _pciHole64Size;

    // PCMachineState / X86MachineState
    private ulong _maxRamBelow4G;
    private ulong _below4GMemSize;
    private ulong _above4GMemSize;
    private ulong _above4GMemStart;

    // The host bridge's 32-bit pci_hole Range (inclusive bounds).
    private ulong _pciHoleLob;
    private ulong _pciHoleUpb;

    // What pc_memory_init() creates.
    private ulong? _ramAbove4GBase;
    private ulong? _deviceMemoryBase;
    private ulong? _deviceMemorySize;
    private ulong? _reservedMemoryEnd;
    private bool _e820HtReserved;
    private readonly List<E820Entry> _e820 = new();

    private readonly List<string> _warnings = new();
    private string? _error;

    private QemuPcPort(PcInput input)
    {
        _input = input;
        _pciHole64Size = input.PciHole64Size
            ?? (input.Machine == PcMachine.Pc ? I440FxPciHostHole64SizeDefault : Q35PciHostHole64SizeDefault);
    }

    /// <summary>Builds a fresh machine and replays QEMU's steps for <paramref name="input"/>.</summary>
    public static PcLayout Run(PcInput input) => new QemuPcPort(input).Run();

    private PcLayout Run()
    {
        // Instance init: x86_machine_initfn() and pc_machine_initfn().
        _above4GMemStart = 4 * GiB;
        _maxRamBelow4G = 0; // use default

        if (_input.MaxRamBelow4G is { } maxRamBelow4G && !PcMachineSetMaxRamBelow4G(maxRamBelow4G))
        {
            return Failed();
        }

        if (_input.Machine == PcMachine.Pc)
        {
            // The i440fx host is realized, setting its pci_hole, before pc_memory_init() runs.
            PcInit1RamSplit();
            if (!SetPciHoleBounds() || !PcMemoryInit())
            {
                return Failed();
            }
        }
        else
        {
            // The q35 host is realized (mch_update() sets its pci_hole) after pc_memory_init().
            PcQ35InitRamSplit();
            if (!PcMemoryInit() || !SetPciHoleBounds())
            {
                return Failed();
            }
        }

        return new PcLayout
        {
            Below4GMemSize = _below4GMemSize,
            Above4GMemSize = _above4GMemSize,
            Above4GMemStart = _above4GMemStart,
            RamAbove4GBase = _ramAbove4GBase,
            RelocatedTo1Tb = _above4GMemStart == AmdAbove1TbStart,
            DeviceMemoryBase = _deviceMemoryBase,
            DeviceMemorySize = _deviceMemorySize,
            PcPciHole64Start = PcPciHole64Start(),
            PciHole64Start = GetPciHole64StartValue(),
            PciHole64End = GetPciHole64End(),
            PciHoleStart = GetPciHoleStart(),
            PciHoleEnd = GetPciHoleEnd(),
            MaxUsedGpa = PcMaxUsedGpa(_pciHole64Size),
            E820HtReserved = _e820HtReserved,
            E820 = _e820,
            ReservedMemoryEnd = _reservedMemoryEnd,
            Warnings = _warnings,
        };
    }

    private PcLayout Failed() => new() { Warnings = _warnings, Error = _error };

    // pc_machine_set_max_ram_below_4g()
    private bool PcMachineSetMaxRamBelow4G(ulong value)
    {
        if (value > 4 * GiB)
        {
            return ErrorSetg($"Machine option 'max-ram-below-4g={Dec(value)}' expects size less than or equal to 4G");
        }

        if (value < 1 * MiB)
        {
            // QEMU's string has no space after the comma.
            WarnReport($"Only {Dec(value)} bytes of RAM below the 4GiB boundary,BIOS may not work with less than 1MiB");
        }

        _maxRamBelow4G = value;
        return true;
    }

    // pc_init1(), hw/i386/pc_piix.c: the RAM split (not Xen).
    private void PcInit1RamSplit()
    {
        ulong ramSize = _input.RamSize;
        if (_maxRamBelow4G == 0)
        {
            _maxRamBelow4G = 0xe0000000; // default: 3.5G
        }

        ulong lowmem = _maxRamBelow4G;
        if (ramSize >= _maxRamBelow4G)
        {
            if (_input.GigabyteAlign)
            {
                if (lowmem > 0xc0000000)
                {
                    lowmem = 0xc0000000;
                }

                if ((lowmem & (1 * GiB - 1)) != 0)
                {
                    WarnReport($"Large machine and max_ram_below_4g ({Dec(_maxRamBelow4G)}) not a multiple of 1G; possible bad performance.");
                }
            }
        }

        if (ramSize >= lowmem)
        {
            _above4GMemSize = ramSize - lowmem;
            _below4GMemSize = lowmem;
        }
        else
        {
            _above4GMemSize = 0;
            _below4GMemSize = ramSize;
        }
    }

    // pc_q35_init(), hw/i386/pc_q35.c: the RAM split.
    private void PcQ35InitRamSplit()
    {
        ulong ramSize = _input.RamSize;
        ulong lowmem;
        if (ramSize >= 0xb0000000)
        {
            lowmem = 0x80000000;
        }
        else
        {
            lowmem = 0xb0000000;
        }

        // max-ram-below-4g is min(qemu limit, user limit).
        if (_maxRamBelow4G == 0)
        {
            _maxRamBelow4G = 4 * GiB;
        }

        if (lowmem > _maxRamBelow4G)
        {
            lowmem = _maxRamBelow4G;

            // ram_size - lowmem wraps when the RAM is below lowmem, as in QEMU, so small guests warn too.
            if (unchecked(ramSize - lowmem) > lowmem && (lowmem & (1 * GiB - 1)) != 0)
            {
                // QEMU's string has the double space and "more then".
                WarnReport($"There is possibly poor performance as the ram size  (0x{Hex(ramSize)}) is more then twice the size of max-ram-below-4g ({Dec(_maxRamBelow4G)}) and max-ram-below-4g is not a multiple of 1G.");
            }
        }

        if (ramSize >= lowmem)
        {
            _above4GMemSize = ramSize - lowmem;
            _below4GMemSize = lowmem;
        }
        else
        {
            _above4GMemSize = 0;
            _below4GMemSize = ramSize;
        }
    }

    // range_set_bounds(&pci_hole, below_4g_mem_size, IO_APIC_DEFAULT_ADDRESS - 1), from i440fx_pcihost_realize()
    // or mch_update(); QEMU asserts that the range is valid, then that it is not empty.
    private bool SetPciHoleBounds()
    {
        _pciHoleLob = _below4GMemSize;
        _pciHoleUpb = IoApicDefaultAddress - 1;
        if (!RangeInvariant())
        {
            return AssertFailed("range->lob <= range->upb || range->lob == range->upb + 1");
        }

        if (_pciHoleLob > _pciHoleUpb)
        {
            return AssertFailed("!range_is_empty(range)");
        }

        return true;
    }

    private bool RangeInvariant() => _pciHoleLob <= _pciHoleUpb || _pciHoleLob == unchecked(_pciHoleUpb + 1);

    // pc_above_4g_end() without SGX EPC.
    private ulong PcAbove4GEnd() => unchecked(_above4GMemStart + _above4GMemSize);

    // pc_get_device_memory_range()
    private void PcGetDeviceMemoryRange(out ulong @base, out ulong deviceMemSize)
    {
        unchecked
        {
            ulong size = _input.MaxRamSize - _input.RamSize;
            ulong addr = RoundUp(PcAbove4GEnd(), 1 * GiB);

            // size device region assuming 1G page max alignment per slot
            size += 1 * GiB * _input.RamSlots;

            @base = addr;
            deviceMemSize = size;
        }
    }

    // Both machines have reserved memory (pcmc->has_reserved_memory); hotplug memory exists when maxmem > ram.
    private bool HasHotplugMemory() => _input.RamSize < _input.MaxRamSize;

    // pc_max_used_gpa()
    private ulong PcMaxUsedGpa(ulong pciHole64Size)
    {
        unchecked
        {
            if (_input.LongMode)
            {
                // 64-bit systems
                return PcPciHole64Start() + pciHole64Size - 1;
            }

            // 32-bit systems
            if (_input.Broken32BitMemAddrCheck)
            {
                // old value for compatibility reasons
                return (1UL << _input.PhysBits) - 1;
            }

            // No hole64 on 32-bit systems, but the hotplug region still counts towards the highest GPA.
            if (HasHotplugMemory())
            {
                PcGetDeviceMemoryRange(out ulong devmemStart, out ulong devmemSize);
                devmemStart += devmemSize;
                return devmemStart - 1;
            }

            // configuration without any memory hotplug
            return PcAbove4GEnd() - 1;
        }
    }

    // pc_memory_init(), up to the fw_cfg etc/reserved-memory-end file; ROMs and firmware are left out.
    private bool PcMemoryInit()
    {
        // The HT range is an AMD host IOMMU matter, so only AMD vCPUs on machine types >= 7.1 relocate.
        if (_input.CpuVendor == CpuVendor.Amd && _input.EnforceAmd1TbHole)
        {
            // Bail out if max possible address does not cross HT range
            if (PcMaxUsedGpa(_pciHole64Size) >= AmdHtStart)
            {
                _above4GMemStart = AmdAbove1TbStart;
            }

            // Advertise the HT region if address space covers the reserved region or if we relocate.
            if (_input.PhysBits >= 40)
            {
                E820AddEntry(AmdHtStart, AmdHtSize, E820Type.Reserved);
                _e820HtReserved = true;
            }
        }

        // phys-bits must reach the max used GPA.
        ulong maxUsedAddr = PcMaxUsedGpa(_pciHole64Size);
        ulong maxPhysAddr = unchecked((1UL << _input.PhysBits) - 1);
        if (maxPhysAddr < maxUsedAddr)
        {
            return ErrorReport($"Address space limit 0x{Hex(maxPhysAddr)} < 0x{Hex(maxUsedAddr)} phys-bits too low ({_input.PhysBits})");
        }

        // ram-below-4g and ram-above-4g: aliases into the one RAM block.
        E820AddEntry(0, _below4GMemSize, E820Type.Ram);
        if (_above4GMemSize > 0)
        {
            _ramAbove4GBase = _above4GMemStart;
            E820AddEntry(_above4GMemStart, _above4GMemSize, E820Type.Ram);
        }

        // The "slots|maxmem not supported" check is for machines without reserved memory; pc and q35 have it.

        // initialize device memory address space
        if (HasHotplugMemory())
        {
            if (_input.RamSlots > AcpiMaxRamSlots)
            {
                return ErrorReport($"unsupported amount of memory slots: {Dec(_input.RamSlots)}");
            }

            // QEMU_ALIGN_UP(), whose n + m - 1 wraps like QEMU's.
            ulong alignedMaxRam = unchecked((_input.MaxRamSize + TargetPageSize - 1) / TargetPageSize * TargetPageSize);
            if (alignedMaxRam != _input.MaxRamSize)
            {
                // QEMU's string says "must by".
                return ErrorReport($"maximum memory size must by aligned to multiple of {TargetPageSize} bytes");
            }

            PcGetDeviceMemoryRange(out ulong deviceMemBase, out ulong deviceMemSize);

            if (unchecked(deviceMemBase + deviceMemSize) < deviceMemSize)
            {
                // RAM_ADDR_FMT is "%" PRIx64, without 0x.
                return ErrorReport($"unsupported amount of maximum memory: {Hex(_input.MaxRamSize)}");
            }

            // machine_memory_devices_init()
            _deviceMemoryBase = deviceMemBase;
            _deviceMemorySize = deviceMemSize;
        }

        // Firmware places 64-bit BARs above etc/reserved-memory-end.
        ulong resMemEnd = 0;
        if (_deviceMemoryBase is { } deviceMemoryBase && _deviceMemorySize is { } deviceMemorySize)
        {
            resMemEnd = unchecked(deviceMemoryBase + deviceMemorySize);
        }

        if (resMemEnd != 0)
        {
            _reservedMemoryEnd = RoundUp(resMemEnd, 1 * GiB);
        }

        return true;
    }

    // pc_pci_hole64_start(), without CXL.
    private ulong PcPciHole64Start()
    {
        ulong hole64Start;
        if (HasHotplugMemory())
        {
            PcGetDeviceMemoryRange(out hole64Start, out ulong size);
            hole64Start = unchecked(hole64Start + size);
        }
        else
        {
            hole64Start = PcAbove4GEnd();
        }

        return RoundUp(hole64Start, 1 * GiB);
    }

    // i440fx_pcihost_get_pci_hole64_start_value() / q35_host_get_pci_hole64_start_value(); the w64 range is empty.
    private ulong GetPciHole64StartValue()
    {
        ulong value = 0;
        if (value == 0 && _input.PciHole64Fix)
        {
            value = PcPciHole64Start();
        }

        return value;
    }

    // i440fx_pcihost_get_pci_hole64_end() / q35_host_get_pci_hole64_end(); the w64 range is empty.
    private ulong GetPciHole64End()
    {
        ulong hole64Start = GetPciHole64StartValue();
        ulong value = 0;
        ulong hole64End = RoundUp(unchecked(hole64Start + _pciHole64Size), 1UL << 30);
        if (_input.PciHole64Fix && value < hole64End)
        {
            value = hole64End;
        }

        return value;
    }

    // The pci-hole-start / pci-hole-end getters.
    private ulong GetPciHoleStart() => RangeIsEmpty() ? 0 : _pciHoleLob;

    private ulong GetPciHoleEnd() => RangeIsEmpty() ? 0 : unchecked(_pciHoleUpb + 1);

    private bool RangeIsEmpty() => _pciHoleLob > _pciHoleUpb;

    private void E820AddEntry(ulong address, ulong length, E820Type type) => _e820.Add(new E820Entry(address, length, type));

    private void WarnReport(string message) => _warnings.Add(message);

    private bool ErrorReport(string message)
    {
        _error = message;
        return false;
    }

    private bool ErrorSetg(string message) => ErrorReport(message);

    private bool AssertFailed(string expression) => ErrorReport("assertion failed: " + expression);

    // ROUND_UP() for a power-of-two d, wrapping like QEMU's.
    private static ulong RoundUp(ulong n, ulong d) => unchecked((n + d - 1) & ~(d - 1));

    private static string Dec(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hex(ulong value) => value.ToString("x", CultureInfo.InvariantCulture);
}
