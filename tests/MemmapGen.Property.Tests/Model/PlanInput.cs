using System.Globalization;
using System.Linq;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// Inputs of one plan. <see cref="Layout"/>: 0 default, 1 compact, 2 legacy. <see cref="Enable"/> per floating region:
/// 0 default, 1 on, 2 off. <see cref="Size"/> per floating region: 0 keeps the declared size, else the raised size.
/// <see cref="Version"/>: the machine version's ordinal, -1 for the default (the newest); may name no version.
/// </summary>
public sealed record PlanInput(ulong Ram, ulong MaxRam, ulong Slots, int Bits, int Layout, byte[] Enable, ulong[] Size, int Version = -1)
{
    public PlanInput WithLayout(int layout) => this with { Layout = layout };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ram 0x{Ram:X} maxram 0x{MaxRam:X} slots {Slots} bits {Bits} layout {Layout} version {Version} enable [{string.Join(",", Enable)}] size [{string.Join(",", Size.Select(s => "0x" + s.ToString("X", CultureInfo.InvariantCulture)))}]");
}

/// <summary>What a plan returned: success, or the error kind; per floating region base, size, state; memory facts.</summary>
public sealed record Planned(bool Ok, int ErrorKind, ulong[] Bases, ulong[] Sizes, PlacementState[] States, ulong RamBase, ulong RamSize, ulong DeviceBase, ulong DeviceSize, ulong HighestGpa, int RequiredBits)
{
    public override string ToString() => Ok
        ? string.Create(CultureInfo.InvariantCulture, $"ok: {string.Join(" ", Bases.Select((b, i) => $"{States[i]}@0x{b:X}+0x{Sizes[i]:X}"))} dev 0x{DeviceBase:X}+0x{DeviceSize:X} highest 0x{HighestGpa:X}")
        : "error " + (PlanErrorKind)ErrorKind;
}
