using System.Collections.Generic;
using Sample.Cli;

namespace Sample.Pc.Cli;

/// <summary>
/// QEMU's <c>-cpu qemu64[,vendor=VENDOR][,lm=on|off][,phys-bits=N]</c>, settled as the CPU's realize settles it:
/// a 64-bit CPU takes 32 to 52 bits (0 or none: TCG's 40); a 32-bit CPU has 36 (qemu64 has PAE and PSE-36).
/// </summary>
public static class CpuOption
{
    /// <summary>The only CPU model the sample knows, QEMU's default.</summary>
    public const string Model = "qemu64";

    /// <summary>The widest phys-bits QEMU accepts (TARGET_PHYS_ADDR_SPACE_BITS).</summary>
    public const int MaxPhysBits = 52;

    // TCG_PHYS_ADDR_BITS, and what a 32-bit CPU with PAE or PSE-36 reports.
    private const int DefaultPhysBits = 40, PaePhysBits = 36, NoPaePhysBits = 32;

    private const string Global = "can't apply global " + Model + "-x86_64-cpu.";

    /// <summary>Applies the merged <c>-cpu</c> items to <paramref name="config"/>.</summary>
    public static MachineConfig Apply(OptionList cpu, MachineConfig config)
    {
        var model = cpu["model"];
        if (model is not null && model != Model)
        {
            throw new UsageException($"unable to find CPU model '{model}'");
        }

        var physBits = 0UL;
        foreach (var key in cpu.Keys)
        {
            var value = cpu[key]!;
            var context = Global + key + "=" + value + ": ";
            config = key switch
            {
                "model" => config,
                // QEMU's vendor setter takes any 12-character CPUID vendor string.
                "vendor" => value.Length == 12 ? config with { CpuVendor = value }
                    : throw new UsageException(context + $"Property '.vendor' doesn't take value '{value}'"),
                "lm" => config with { LongMode = OptionValues.Bool(key, value, context) },
                _ => config,
            };

            if (key == "phys-bits")
            {
                physBits = OptionValues.Integer(value) ?? throw new UsageException(context + "Parameter 'phys-bits' expects uint64");
            }
            else if (key is not ("model" or "vendor" or "lm"))
            {
                throw new UsageException(context + $"Property '{Model}-x86_64-cpu.{key}' not found");
            }
        }

        return config with { PhysBits = Realize(config.LongMode, physBits) };
    }

    // x86_cpu_realizefn(): the phys-bits a CPU ends up with.
    private static int Realize(bool longMode, ulong physBits)
    {
        if (longMode)
        {
            if (physBits != 0 && physBits is < 32 or > MaxPhysBits)
            {
                throw new UsageException($"phys-bits should be between 32 and {MaxPhysBits}  (but is {physBits})");
            }

            return physBits == 0 ? DefaultPhysBits : (int)physBits;
        }

        // QEMU refuses phys-bits for a 32-bit CPU; the sample lets it choose between the two widths such a CPU has,
        // 36 (with PAE or PSE-36, as qemu64) and 32 (without), so both kinds of 32-bit guest can be planned.
        return physBits switch
        {
            0 or PaePhysBits => PaePhysBits,
            NoPaePhysBits => NoPaePhysBits,
            _ => throw new UsageException("phys-bits is not user-configurable in 32 bit"),
        };
    }
}
