using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace MemmapGen.Testing.QemuPc;

/// <summary>
/// One row of QEMU's x86 vector file (qemu-pc-memmap-main.csv), typed: empty, <c>default</c> and <c>n/a</c> cells
/// are null. The inputs are flat members, as the file has them; the outputs are the <see cref="Expected"/> layout.
/// </summary>
internal sealed record PcVectorRow
{
    public required int CaseId { get; init; }

    public required string CommitLabel { get; init; }

    public required string Commit { get; init; }

    public required string Block { get; init; }

    public required PcMachine Machine { get; init; }

    public required CpuVendor CpuVendor { get; init; }

    public required bool CpuLongMode { get; init; }

    public required int PhysBits { get; init; }

    public required ulong RamSize { get; init; }

    public required ulong MaxRamSize { get; init; }

    public required ulong RamSlots { get; init; }

    /// <summary>Null for <c>default</c>.</summary>
    public required ulong? MaxRamBelow4G { get; init; }

    /// <summary>Null for <c>n/a</c> (q35, whose split does not read it).</summary>
    public required bool? GigabyteAlign { get; init; }

    /// <summary>Null for <c>n/a</c> (the pre-series commit, where the flag does not exist).</summary>
    public required bool? EnforceAmd1TbHole { get; init; }

    public required bool? Broken32BitMemAddrCheck { get; init; }

    public required bool PciHole64Fix { get; init; }

    /// <summary>Null for <c>default</c>.</summary>
    public required ulong? PciHole64Size { get; init; }

    /// <summary>Every output column, from <c>below_4g_mem_size</c> to <c>error</c>.</summary>
    public required PcLayout Expected { get; init; }

    /// <summary>The cells as written, by column name.</summary>
    public required IReadOnlyDictionary<string, string> Cells { get; init; }

    /// <summary>The port's input for this row; a flag the commit lacks takes its current-machine default.</summary>
    public PcInput ToInput() => new()
    {
        Machine = Machine,
        CpuVendor = CpuVendor,
        LongMode = CpuLongMode,
        PhysBits = PhysBits,
        RamSize = RamSize,
        MaxRamSize = MaxRamSize,
        RamSlots = RamSlots,
        MaxRamBelow4G = MaxRamBelow4G,
        GigabyteAlign = GigabyteAlign ?? true,
        EnforceAmd1TbHole = EnforceAmd1TbHole ?? true,
        Broken32BitMemAddrCheck = Broken32BitMemAddrCheck ?? false,
        PciHole64Fix = PciHole64Fix,
        PciHole64Size = PciHole64Size,
    };

    /// <summary>Builds a row from its cells, keyed by the header's column names.</summary>
    public static PcVectorRow Parse(IReadOnlyDictionary<string, string> cells)
    {
        string Cell(string column) => cells[column];
        ulong? Value(string column) => PcVectorText.ParseValue(Cell(column));
        bool? Flag(string column) => PcVectorText.ParseFlag(Cell(column));
        bool RequiredFlag(string column) => Flag(column) ?? throw Bad(column);
        ulong RequiredValue(string column) => Value(column) ?? throw Bad(column);
        InvalidDataException Bad(string column) =>
            new($"case {Cell("case_id")}: column {column} has '{Cell(column)}'");

        return new PcVectorRow
        {
            CaseId = int.Parse(Cell("case_id"), CultureInfo.InvariantCulture),
            CommitLabel = Cell("commit_label"),
            Commit = Cell("commit"),
            Block = Cell("block"),
            Machine = Cell("machine") switch
            {
                "pc" => PcMachine.Pc,
                "q35" => PcMachine.Q35,
                _ => throw Bad("machine"),
            },
            CpuVendor = Cell("cpu_vendor") switch
            {
                "AMD" => CpuVendor.Amd,
                "Intel" => CpuVendor.Intel,
                _ => throw Bad("cpu_vendor"),
            },
            CpuLongMode = RequiredFlag("cpu_lm"),
            PhysBits = int.Parse(Cell("phys_bits"), CultureInfo.InvariantCulture),
            RamSize = RequiredValue("ram_size"),
            MaxRamSize = RequiredValue("maxram_size"),
            RamSlots = ulong.Parse(Cell("ram_slots"), CultureInfo.InvariantCulture),
            MaxRamBelow4G = Value("max_ram_below_4g"),
            GigabyteAlign = Flag("gigabyte_align"),
            EnforceAmd1TbHole = Flag("enforce_amd_1tb_hole"),
            Broken32BitMemAddrCheck = Flag("broken_32bit_mem_addr_check"),
            PciHole64Fix = RequiredFlag("pci_hole64_fix"),
            PciHole64Size = Value("pci_hole64_size"),
            Expected = new PcLayout
            {
                Below4GMemSize = Value("below_4g_mem_size"),
                Above4GMemSize = Value("above_4g_mem_size"),
                Above4GMemStart = Value("above_4g_mem_start"),
                RamAbove4GBase = Value("ram_above_4g_base"),
                RelocatedTo1Tb = Flag("relocated_to_1tb"),
                DeviceMemoryBase = Value("device_memory_base"),
                DeviceMemorySize = Value("device_memory_size"),
                PcPciHole64Start = Value("pc_pci_hole64_start"),
                PciHole64Start = Value("pci_hole64_start"),
                PciHole64End = Value("pci_hole64_end"),
                PciHoleStart = Value("pci_hole_start"),
                PciHoleEnd = Value("pci_hole_end"),
                MaxUsedGpa = Value("max_used_gpa"),
                E820HtReserved = Flag("e820_ht_reserved"),
                E820 = PcVectorText.ParseE820(Cell("e820")),
                ReservedMemoryEnd = Value("reserved_memory_end"),
                Warnings = PcVectorText.ParseWarnings(Cell("warning")),
                Error = Cell("error").Length == 0 ? null : Cell("error"),
            },
            Cells = cells,
        };
    }
}
