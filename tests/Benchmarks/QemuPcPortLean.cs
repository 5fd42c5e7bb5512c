using MemmapGen.Testing.QemuPc;

namespace Benchmarks;

/// <summary>QEMU's exits from the x86 split and <c>pc_memory_init()</c>, without their messages.</summary>
public enum PcPortError
{
    None,

    /// <summary><c>max-ram-below-4g</c> above 4 GiB (the property setter).</summary>
    MaxRamBelow4GTooLarge,

    /// <summary>The 32-bit PCI hole's range assertions.</summary>
    PciHoleAssertion,

    /// <summary>"Address space limit ... phys-bits too low".</summary>
    AddressSpaceLimit,

    /// <summary>"unsupported amount of memory slots".</summary>
    UnsupportedSlots,

    /// <summary>"maximum memory size must by aligned".</summary>
    MaxRamNotAligned,

    /// <summary>"unsupported amount of maximum memory".</summary>
    UnsupportedMaxMemory,
}

/// <summary>
/// <see cref="QemuPcPort"/> without allocation: the same steps in the same order and uint64_t arithmetic, but one
/// reused instance, results in fields, e820 entries in a preallocated array, an error code instead of QEMU's message
/// and no warning texts. It does less than QEMU (which formats its warnings); it is the leaner baseline, as
/// <c>QemuPortFloatingOnly</c> is for the Arm planner.
/// </summary>
public sealed class QemuPcPortLean
{
    private const ulong MiB = 1UL << 20;
    private const ulong GiB = 1UL << 30;
    private const ulong AmdHtStart = 0xfd00000000UL;
    private const ulong AmdAbove1TbStart = 0x10000000000UL;
    private const ulong AmdHtSize = AmdAbove1TbStart - AmdHtStart;
    private const ulong AcpiMaxRamSlots = 256;
    private const ulong TargetPageSize = 4096;
    private const ulong IoApicDefaultAddress = 0xfec00000;

    private PcInput _input = null!;
    private ulong _pciHole64Size;
    private ulong _maxRamBelow4G;
    private ulong _pciHoleLob;
    private ulong _pciHoleUpb;

    public PcPortError Error { get; private set; }

    public ulong Below4GMemSize { get; private set; }

    public ulong Above4GMemSize { get; private set; }

    public ulong Above4GMemStart { get; private set; }

    public bool HasHotplugMemory => _input.MaxRamSize > _input.RamSize;

    /// <summary>0 without hot-plug memory, as the vectors' empty cells are read.</summary>
    public ulong DeviceMemoryBase { get; private set; }

    public ulong DeviceMemorySize { get; private set; }

    public ulong ReservedMemoryEnd { get; private set; }

    public ulong PcPciHole64Start { get; private set; }

    public ulong PciHole64Start { get; private set; }

    public ulong PciHole64End { get; private set; }

    public ulong PciHoleStart { get; private set; }

    public ulong PciHoleEnd { get; private set; }

    public ulong MaxUsedGpa { get; private set; }

    public bool Relocated => Above4GMemStart == AmdAbove1TbStart;

    /// <summary>The e820 entries added, in order; the first <see cref="E820Count"/> are valid.</summary>
    public E820Entry[] E820 { get; } = new E820Entry[3];

    public int E820Count { get; private set; }

    /// <summary>Replays QEMU's steps for <paramref name="input"/>; false when QEMU exits (see <see cref="Error"/>).</summary>
    public bool Plan(PcInput input)
    {
        _input = input;
        _pciHole64Size = input.PciHole64Size ?? (input.Machine == PcMachine.Pc ? 1UL << 31 : 1UL << 35);
        Error = PcPortError.None;
        E820Count = 0;
        DeviceMemoryBase = DeviceMemorySize = ReservedMemoryEnd = 0;
        Above4GMemStart = 4 * GiB;
        _maxRamBelow4G = 0;

        if (input.MaxRamBelow4G is { } maxRamBelow4G)
        {
            if (maxRamBelow4G > 4 * GiB)
                return Fail(PcPortError.MaxRamBelow4GTooLarge);
            _maxRamBelow4G = maxRamBelow4G;
        }

        if (input.Machine == PcMachine.Pc)
        {
            PcInit1RamSplit();
            if (!SetPciHoleBounds() || !PcMemoryInit())
                return false;
        }
        else
        {
            PcQ35InitRamSplit();
            if (!PcMemoryInit() || !SetPciHoleBounds())
                return false;
        }

        PcPciHole64Start = PcPciHole64StartValue();
        PciHole64Start = input.PciHole64Fix ? PcPciHole64Start : 0;
        PciHole64End = input.PciHole64Fix ? RoundUp(unchecked(PciHole64Start + _pciHole64Size), GiB) : 0;
        PciHoleStart = _pciHoleLob;
        PciHoleEnd = unchecked(_pciHoleUpb + 1);
        MaxUsedGpa = PcMaxUsedGpa();
        return true;
    }

    private bool Fail(PcPortError error)
    {
        Error = error;
        return false;
    }

    private void PcInit1RamSplit()
    {
        ulong ramSize = _input.RamSize;
        if (_maxRamBelow4G == 0)
            _maxRamBelow4G = 0xe0000000;
        ulong lowmem = _maxRamBelow4G;
        if (ramSize >= _maxRamBelow4G && _input.GigabyteAlign && lowmem > 0xc0000000)
            lowmem = 0xc0000000;
        Split(ramSize, lowmem);
    }

    private void PcQ35InitRamSplit()
    {
        ulong ramSize = _input.RamSize;
        ulong lowmem = ramSize >= 0xb0000000 ? 0x80000000 : 0xb0000000;
        if (_maxRamBelow4G == 0)
            _maxRamBelow4G = 4 * GiB;
        if (lowmem > _maxRamBelow4G)
            lowmem = _maxRamBelow4G;
        Split(ramSize, lowmem);
    }

    private void Split(ulong ramSize, ulong lowmem)
    {
        if (ramSize >= lowmem)
        {
            Above4GMemSize = ramSize - lowmem;
            Below4GMemSize = lowmem;
        }
        else
        {
            Above4GMemSize = 0;
            Below4GMemSize = ramSize;
        }
    }

    private bool SetPciHoleBounds()
    {
        _pciHoleLob = Below4GMemSize;
        _pciHoleUpb = IoApicDefaultAddress - 1;
        bool valid = _pciHoleLob <= _pciHoleUpb || _pciHoleLob == unchecked(_pciHoleUpb + 1);
        return valid && _pciHoleLob <= _pciHoleUpb || Fail(PcPortError.PciHoleAssertion);
    }

    private ulong PcAbove4GEnd() => unchecked(Above4GMemStart + Above4GMemSize);

    private void PcGetDeviceMemoryRange(out ulong @base, out ulong deviceMemSize)
    {
        unchecked
        {
            deviceMemSize = _input.MaxRamSize - _input.RamSize + _input.RamSlots * GiB;
            @base = RoundUp(PcAbove4GEnd(), GiB);
        }
    }

    private ulong PcMaxUsedGpa()
    {
        unchecked
        {
            if (_input.LongMode)
                return PcPciHole64StartValue() + _pciHole64Size - 1;
            if (_input.Broken32BitMemAddrCheck)
                return (1UL << _input.PhysBits) - 1;
            if (HasHotplugMemory)
            {
                PcGetDeviceMemoryRange(out ulong start, out ulong size);
                return start + size - 1;
            }

            return PcAbove4GEnd() - 1;
        }
    }

    private bool PcMemoryInit()
    {
        if (_input.CpuVendor == CpuVendor.Amd && _input.EnforceAmd1TbHole)
        {
            if (PcMaxUsedGpa() >= AmdHtStart)
                Above4GMemStart = AmdAbove1TbStart;
            if (_input.PhysBits >= 40)
                E820[E820Count++] = new E820Entry(AmdHtStart, AmdHtSize, E820Type.Reserved);
        }

        ulong maxUsedAddr = PcMaxUsedGpa();
        ulong maxPhysAddr = unchecked((1UL << _input.PhysBits) - 1);
        if (maxPhysAddr < maxUsedAddr)
            return Fail(PcPortError.AddressSpaceLimit);

        E820[E820Count++] = new E820Entry(0, Below4GMemSize, E820Type.Ram);
        if (Above4GMemSize > 0)
            E820[E820Count++] = new E820Entry(Above4GMemStart, Above4GMemSize, E820Type.Ram);

        if (HasHotplugMemory)
        {
            if (_input.RamSlots > AcpiMaxRamSlots)
                return Fail(PcPortError.UnsupportedSlots);
            ulong alignedMaxRam = unchecked((_input.MaxRamSize + TargetPageSize - 1) / TargetPageSize * TargetPageSize);
            if (alignedMaxRam != _input.MaxRamSize)
                return Fail(PcPortError.MaxRamNotAligned);
            PcGetDeviceMemoryRange(out ulong deviceMemBase, out ulong deviceMemSize);
            if (unchecked(deviceMemBase + deviceMemSize) < deviceMemSize)
                return Fail(PcPortError.UnsupportedMaxMemory);
            DeviceMemoryBase = deviceMemBase;
            DeviceMemorySize = deviceMemSize;
            ulong resMemEnd = unchecked(deviceMemBase + deviceMemSize);
            if (resMemEnd != 0)
                ReservedMemoryEnd = RoundUp(resMemEnd, GiB);
        }

        return true;
    }

    private ulong PcPciHole64StartValue()
    {
        ulong hole64Start;
        if (HasHotplugMemory)
        {
            PcGetDeviceMemoryRange(out hole64Start, out ulong size);
            hole64Start = unchecked(hole64Start + size);
        }
        else
        {
            hole64Start = PcAbove4GEnd();
        }

        return RoundUp(hole64Start, GiB);
    }

    private static ulong RoundUp(ulong n, ulong d) => unchecked((n + d - 1) & ~(d - 1));
}
