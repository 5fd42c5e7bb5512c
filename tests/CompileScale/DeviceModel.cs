namespace CompileScale;

/// <summary>
/// Ordinary code for the whole-build projects: a small device model and MMIO bus, as any VMM has beside its memory map.
/// It does not use MemmapGen, so both projects compile it. Without any method body in the project, the compiler's own
/// first-method-body work (binding, flow analysis, lowering, IL emit, all cold in a new compiler process) is charged
/// to whatever brings the first one, and the generated companion would pay for the project's code.
/// </summary>
internal static class DeviceModel
{
    public const string FileName = "Devices.cs";

    public static readonly string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;

        namespace Scale.Devices
        {
            /// <summary>An MMIO access that reached a device.</summary>
            public readonly record struct MmioAccess(ulong Address, int Width, bool IsWrite, ulong Value);

            public interface IMmioDevice
            {
                string Name { get; }
                ulong Read(ulong offset, int width);
                void Write(ulong offset, int width, ulong value);
            }

            /// <summary>A PL011-style UART: enough registers to be a realistic device model.</summary>
            public sealed class Uart : IMmioDevice
            {
                private readonly Queue<byte> _rx = new();
                private readonly StringBuilder _tx = new();
                private uint _control, _interruptMask, _rawInterrupts;

                public string Name => "uart";
                public string Transmitted => _tx.ToString();

                public void Receive(ReadOnlySpan<byte> bytes)
                {
                    foreach (var b in bytes)
                    {
                        _rx.Enqueue(b);
                    }

                    _rawInterrupts |= 1u << 4;
                }

                public ulong Read(ulong offset, int width) => offset switch
                {
                    0x000 => _rx.Count > 0 ? _rx.Dequeue() : 0u,
                    0x018 => (_rx.Count == 0 ? 1u << 4 : 0u) | (1u << 7),
                    0x030 => _control,
                    0x038 => _interruptMask,
                    0x03c => _rawInterrupts,
                    0x040 => _rawInterrupts & _interruptMask,
                    >= 0xfe0 and < 0x1000 => Id[(int)((offset - 0xfe0) / 4)],
                    _ => throw new ArgumentOutOfRangeException(nameof(offset), $"uart: no register at 0x{offset:x}"),
                };

                public void Write(ulong offset, int width, ulong value)
                {
                    switch (offset)
                    {
                        case 0x000:
                            _tx.Append((char)(value & 0xff));
                            break;
                        case 0x030:
                            _control = (uint)value;
                            break;
                        case 0x038:
                            _interruptMask = (uint)value & 0x7ff;
                            break;
                        case 0x044:
                            _rawInterrupts &= ~(uint)value;
                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(offset), $"uart: no register at 0x{offset:x}");
                    }
                }

                private static ReadOnlySpan<byte> Id => new byte[] { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };
            }

            /// <summary>Dispatches accesses to the device whose window holds the address.</summary>
            public sealed class MmioBus
            {
                private readonly List<(ulong Base, ulong Size, IMmioDevice Device)> _windows = new();
                private readonly Dictionary<string, int> _accesses = new(StringComparer.Ordinal);

                public void Map(ulong @base, ulong size, IMmioDevice device)
                {
                    if (size == 0 || @base + size - 1 < @base)
                    {
                        throw new ArgumentException($"bad window 0x{@base:x}+0x{size:x}");
                    }

                    foreach (var w in _windows)
                    {
                        if (@base <= w.Base + w.Size - 1 && w.Base <= @base + size - 1)
                        {
                            throw new InvalidOperationException($"{device.Name} overlaps {w.Device.Name}");
                        }
                    }

                    _windows.Add((@base, size, device));
                    _windows.Sort((a, b) => a.Base.CompareTo(b.Base));
                }

                public ulong Dispatch(in MmioAccess access)
                {
                    int lo = 0, hi = _windows.Count - 1;
                    while (lo <= hi)
                    {
                        var mid = (lo + hi) >>> 1;
                        var w = _windows[mid];
                        if (access.Address < w.Base) hi = mid - 1;
                        else if (access.Address - w.Base >= w.Size) lo = mid + 1;
                        else
                        {
                            _accesses[w.Device.Name] = _accesses.TryGetValue(w.Device.Name, out var n) ? n + 1 : 1;
                            if (access.IsWrite)
                            {
                                w.Device.Write(access.Address - w.Base, access.Width, access.Value);
                                return 0;
                            }

                            return w.Device.Read(access.Address - w.Base, access.Width);
                        }
                    }

                    return ulong.MaxValue; // unassigned: reads as all ones
                }

                public string Report() =>
                    string.Join(Environment.NewLine, _accesses.OrderByDescending(p => p.Value).Select(p => $"{p.Key,-12} {p.Value,8}"));
            }
        }
        """;
}
