using System.Globalization;
using System.Linq;

namespace MemmapGen.Property.Tests.Model;

/// <summary>
/// Inputs of one banked plan. Tri-states are -1 (null: the map's default), 0 (false), 1 (true); a limit of
/// <see cref="ulong.MaxValue"/> is no override; <see cref="Version"/> -1 is the newest.
/// </summary>
public sealed record BankedInput(
    ulong Ram, ulong MaxRam, ulong Slots, int Bits, int Version, int Guest64, int Check32,
    ulong[] Limits, int[] Large, int[] Avoid, int[] Enforce, ulong? WindowSize, int Advertise)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ram 0x{Ram:X} maxram 0x{MaxRam:X} slots {Slots} bits {Bits} version {Version} guest64 {Guest64} check32 {Check32} limits [{string.Join(",", Limits.Select(l => "0x" + l.ToString("X", CultureInfo.InvariantCulture)))}] large [{string.Join(",", Large)}] avoid [{string.Join(",", Avoid)}] enforce [{string.Join(",", Enforce)}] window {(WindowSize is { } w ? "0x" + w.ToString("X", CultureInfo.InvariantCulture) : "-")} advertise {Advertise}");
}
