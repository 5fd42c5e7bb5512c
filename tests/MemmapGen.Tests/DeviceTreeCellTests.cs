using System;
using MemmapGen;
using MemmapGen.DeviceTree;
using Xunit;

namespace MemmapGen.Tests;

/// <summary>The runtime's device-tree cell writers: exact cells at the 2^32 and 2^64 boundaries, refusal instead of truncation.</summary>
public sealed class DeviceTreeCellTests
{
    private const ulong TwoTo32 = 1UL << 32;

    [Theory]
    [InlineData(0x0800_0000UL, 0x1_0000UL, 2, 2, "<0x0 0x8000000 0x0 0x10000>")]
    [InlineData(0x0800_0000UL, 0x1_0000UL, 1, 1, "<0x8000000 0x10000>")]
    [InlineData(0x40_0000_0000UL, 0x1000_0000UL, 2, 1, "<0x40 0x0 0x10000000>")]
    // All of a 32-bit bus: 2^32 bytes from 0 need two size cells.
    [InlineData(0UL, 0x1_0000_0000UL, 1, 2, "<0x0 0x1 0x0>")]
    // The last 4 GiB below 2^32 with one cell each: the range ends exactly at 2^32 - 1.
    [InlineData(0xFFFF_F000UL, 0x1000UL, 1, 1, "<0xfffff000 0x1000>")]
    // A range ending exactly at 2^64.
    [InlineData(0xFFFF_FFFF_0000_0000UL, 0x1_0000_0000UL, 2, 2, "<0xffffffff 0x0 0x1 0x0>")]
    [InlineData(0x8000_0000_0000_0000UL, 0x8000_0000_0000_0000UL, 2, 2, "<0x80000000 0x0 0x80000000 0x0>")]
    [InlineData(0xFFFF_FFFF_FFFF_FFFFUL, 1UL, 2, 1, "<0xffffffff 0xffffffff 0x1>")]
    // Size 2^64 - 1 from address 1: the largest size a MemRange holds, ending at 2^64.
    [InlineData(1UL, ulong.MaxValue, 2, 2, "<0x0 0x1 0xffffffff 0xffffffff>")]
    public void Reg_entries_are_exact(ulong @base, ulong size, int addressCells, int sizeCells, string expected)
    {
        var range = new MemRange(@base, size);
        Span<uint> cells = stackalloc uint[4];

        Assert.True(RegCells.TryWrite(cells, range, addressCells, sizeCells));
        Assert.Equal(addressCells + sizeCells, RegCells.Write(cells, range, addressCells, sizeCells));
        Assert.Equal(expected, DtsText.Format(cells.Slice(0, addressCells + sizeCells)));
        Assert.Equal(expected, RegCells.Format(range, addressCells, sizeCells));
    }

    [Theory]
    // Base or last address past 2^32 in one address cell.
    [InlineData(TwoTo32, 0x1000UL, 1, 1)]
    [InlineData(0xFFFF_F000UL, 0x2000UL, 1, 1)]
    [InlineData(0xFFFF_FFFFUL, 2UL, 1, 2)]
    [InlineData(0x4000_0000UL, TwoTo32, 1, 2)]
    // Size 2^32 in one size cell: the range [0, 2^32 - 1] fits the address cell but not the size cell.
    [InlineData(0UL, TwoTo32, 1, 1)]
    [InlineData(0x1_0000_0000UL, TwoTo32, 2, 1)]
    // A range that wraps past 2^64 is no range.
    [InlineData(0xFFFF_FFFF_FFFF_F000UL, 0x2000UL, 2, 2)]
    [InlineData(2UL, ulong.MaxValue, 2, 2)]
    public void Reg_entries_that_do_not_fit_are_refused_not_truncated(ulong @base, ulong size, int addressCells, int sizeCells)
    {
        var range = new MemRange(@base, size);
        var cells = new uint[] { 7, 7, 7, 7 };

        Assert.False(RegCells.Fits(range, addressCells, sizeCells));
        Assert.False(RegCells.TryWrite(cells, range, addressCells, sizeCells));
        Assert.Equal(new uint[] { 7, 7, 7, 7 }, cells);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RegCells.Write(cells, range, addressCells, sizeCells));
        Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_range_is_its_base_and_size_zero()
    {
        Assert.Equal("<0x0 0x9000000 0x0 0x0>", RegCells.Format(new MemRange(0x0900_0000, 0)));
        Assert.Equal("<0xffffffff 0x0>", RegCells.Format(new MemRange(0xFFFF_FFFF, 0), 1, 1));
        Assert.False(RegCells.Fits(new MemRange(TwoTo32, 0), 1, 1));
    }

    [Theory]
    [InlineData(0UL, 1, "<0x0>")]
    [InlineData(0xFFFF_FFFFUL, 1, "<0xffffffff>")]
    [InlineData(TwoTo32, 2, "<0x1 0x0>")]
    [InlineData(ulong.MaxValue, 2, "<0xffffffff 0xffffffff>")]
    public void Single_values(ulong value, int cells, string expected)
    {
        Span<uint> destination = stackalloc uint[2];

        Assert.Equal(cells, CellWriter.Write(destination, value, cells));
        Assert.Equal(expected, DtsText.Format(destination.Slice(0, cells)));
    }

    [Fact]
    public void A_value_of_2_to_the_32_does_not_fit_one_cell()
    {
        var destination = new uint[2];

        Assert.True(CellWriter.Fits(TwoTo32 - 1, 1));
        Assert.False(CellWriter.TryWrite(destination, TwoTo32, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CellWriter.Write(destination, TwoTo32, 1));
        Assert.Equal(new uint[2], destination);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(3, 2)]
    [InlineData(2, 0)]
    [InlineData(2, 3)]
    public void Cell_counts_other_than_1_or_2_are_refused(int addressCells, int sizeCells)
    {
        var cells = new uint[8];

        Assert.Throws<ArgumentOutOfRangeException>(() => RegCells.TryWrite(cells, new MemRange(0, 1), addressCells, sizeCells));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegCells.Count(addressCells, sizeCells));
    }

    [Fact]
    public void A_destination_too_short_is_an_argument_error_not_a_misfit()
    {
        var cells = new uint[3];

        var error = Assert.Throws<ArgumentException>(() => RegCells.TryWrite(cells, new MemRange(0, 1), 2, 2));
        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void Placements_write_their_range_only_when_enabled()
    {
        Span<uint> cells = stackalloc uint[4];
        var range = new MemRange(0x40_1000_0000, 0x1000_0000);

        Assert.Equal(4, RegCells.Write(cells, new RegionPlacement(range, PlacementState.Enabled), 2, 2));
        Assert.Equal("<0x40 0x10000000 0x0 0x10000000>", DtsText.Format(cells));
        Assert.False(RegCells.TryWrite(cells, new RegionPlacement(range, PlacementState.Enabled), 1, 2));

        var buffer = new uint[4];
        var error = Assert.Throws<ArgumentException>(() => RegCells.Write(buffer, new RegionPlacement(range, PlacementState.DoesNotFit), 2, 2));
        Assert.Equal("placement", error.ParamName);
        Assert.Contains("disabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pci_ranges_of_qemus_virt_machine()
    {
        Span<uint> cells = stackalloc uint[7];

        Assert.Equal(7, PciRanges.Write(cells, PciSpace.Io, 0, new MemRange(0x3EFF_0000, 0x1_0000), 2));
        Assert.Equal("<0x1000000 0x0 0x0 0x0 0x3eff0000 0x0 0x10000>", DtsText.Format(cells));
        PciRanges.WriteIdentity(cells, PciSpace.Memory32, new MemRange(0x1000_0000, 0x2EFF_0000), 2);
        Assert.Equal("<0x2000000 0x0 0x10000000 0x0 0x10000000 0x0 0x2eff0000>", DtsText.Format(cells));
        PciRanges.WriteIdentity(cells, PciSpace.Memory64, new MemRange(0x80_0000_0000, 0x80_0000_0000), 2);
        Assert.Equal("<0x3000000 0x80 0x0 0x80 0x0 0x80 0x0>", DtsText.Format(cells));
    }

    [Theory]
    [InlineData(PciSpace.Configuration, 0x0000_0000U)]
    [InlineData(PciSpace.Io, 0x0100_0000U)]
    [InlineData(PciSpace.Memory32, 0x0200_0000U)]
    [InlineData(PciSpace.Memory64, 0x0300_0000U)]
    public void Pci_space_codes_are_bits_24_and_25_of_phys_hi(PciSpace space, uint physHi) =>
        Assert.Equal(physHi, PciRanges.PhysHi(space));

    [Fact]
    public void Pci_ranges_at_the_2_to_the_32_and_2_to_the_64_boundaries()
    {
        var cells = new uint[7];

        // The 32-bit spaces end at 2^32: a window ending there fits, one byte more does not.
        Assert.True(PciRanges.TryWrite(cells, PciSpace.Memory32, 0xF000_0000, new MemRange(0xF000_0000, 0x1000_0000), 1));
        Assert.Equal("<0x2000000 0x0 0xf0000000 0xf0000000 0x0 0x10000000>", DtsText.Format(cells.AsSpan(0, 6)));
        Assert.False(PciRanges.TryWrite(cells, PciSpace.Memory32, 0xF000_0000, new MemRange(0xF000_0000, 0x1000_0001), 2));
        Assert.False(PciRanges.TryWrite(cells, PciSpace.Io, TwoTo32, new MemRange(0x3EFF_0000, 0x1_0000), 2));
        // A CPU window past 2^32 needs two parent address cells.
        Assert.False(PciRanges.TryWrite(cells, PciSpace.Memory64, TwoTo32, new MemRange(TwoTo32, 0x1000), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PciRanges.WriteIdentity(cells, PciSpace.Memory64, new MemRange(TwoTo32, 0x1000), 1));

        // 64-bit memory up to 2^64 exactly, with a size of 2^63.
        Assert.True(PciRanges.TryWrite(cells, PciSpace.Memory64, 0x8000_0000_0000_0000, new MemRange(0x8000_0000_0000_0000, 0x8000_0000_0000_0000), 2));
        Assert.Equal("<0x3000000 0x80000000 0x0 0x80000000 0x0 0x80000000 0x0>", DtsText.Format(cells));
        Assert.False(PciRanges.TryWrite(cells, PciSpace.Memory64, 0x8000_0000_0000_0001, new MemRange(0, 0x8000_0000_0000_0000), 2));
    }

    [Fact]
    public void Bus_ranges_of_qemus_platform_bus()
    {
        var cells = new uint[5];

        Assert.Equal(4, RangesCells.Write(cells, 0, 1, new MemRange(0x0C00_0000, 0x0200_0000), 2, 1));
        Assert.Equal("<0x0 0x0 0xc000000 0x2000000>", DtsText.Format(cells.AsSpan(0, 4)));
        // The child bus has 32 address bits: a window of 2^32 bytes at child address 1 runs past it.
        Assert.False(RangesCells.TryWrite(cells, 1, 1, new MemRange(0, TwoTo32 - 1 + 1), 2, 2));
        Assert.True(RangesCells.TryWrite(cells, 0, 1, new MemRange(TwoTo32, TwoTo32), 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => RangesCells.Write(cells, 0, 1, new MemRange(0, TwoTo32), 2, 1));
    }

    [Fact]
    public void Hex_cells_have_no_leading_zeros()
    {
        Assert.Equal("<>", DtsText.Format(ReadOnlySpan<uint>.Empty));
        Assert.Equal("<0x0 0x1 0x10 0xabcdef 0xffffffff>", DtsText.Format(new uint[] { 0, 1, 0x10, 0xABCDEF, uint.MaxValue }));
    }
}
