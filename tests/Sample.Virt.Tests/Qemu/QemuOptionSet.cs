using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sample.Virt.Tests.Qemu;

/// <summary>
/// One machine configuration, spelled for the sample and for QEMU 7.2. The CPU model stands for the PA width: under
/// TCG QEMU plans the map for the CPU's PARange (cortex-a53 40 bits, cortex-a57/a72 44, neoverse-n1 48, max 52).
/// RAM is a RAM backend with reserve=off, so terabytes cost nothing.
/// </summary>
internal sealed record QemuOptionSet(string Machine, string Cpu, int PaBits, ulong RamMiB, ulong MaxMemMiB, int Slots, int Gic, int Cpus, bool Highmem)
{
    // QEMU 7.2 knows virt-2.6 to virt-7.2; plain virt is virt-7.2 there and the newest version in the sample: the same map.
    private static readonly string[] s_machines =
    {
        "virt-2.6", "virt-2.7", "virt-2.8", "virt-2.9", "virt-2.10", "virt-2.11", "virt-2.12", "virt-3.0", "virt-3.1",
        "virt-4.0", "virt-4.1", "virt-4.2", "virt-5.0", "virt-5.1", "virt-5.2", "virt-6.0", "virt-6.1", "virt-6.2",
        "virt-7.0", "virt-7.1", "virt-7.2", "virt",
    };

    private static readonly (string Cpu, int PaBits)[] s_cpus =
        { ("cortex-a53", 40), ("cortex-a57", 44), ("cortex-a72", 44), ("neoverse-n1", 48), ("max", 52) };

    private static readonly ulong[] s_smallRamMiB = { 128, 512, 1024, 1536, 2048, 3072, 4096, 8192 };

    /// <summary>True for the machine types with the legacy high-memory layout (virt-7.1 and older).</summary>
    public bool Legacy => Machine != "virt" && Machine != "virt-7.2";

    public static QemuOptionSet Draw(Random random)
    {
        var machine = s_machines[random.Next(s_machines.Length)];
        var (cpu, paBits) = s_cpus[random.Next(s_cpus.Length)];
        var highmem = random.NextDouble() < 0.8;
        var ram = (!highmem && random.NextDouble() < 0.8) ? s_smallRamMiB[random.Next(s_smallRamMiB.Length)] : Ram(random);
        ulong maxMem = 0;
        var slots = 0;
        if (random.NextDouble() < 0.3)
        {
            maxMem = ram + 1024 * (ulong)new[] { 1, 4, 64, 512, 2048 }[random.Next(5)];
            slots = random.NextDouble() < 0.2 ? 0 : random.Next(1, 9);
        }

        var gic = random.Next(2) == 0 ? 2 : 3;
        var cpus = gic == 2
            ? (random.NextDouble() < 0.05 ? 9 : new[] { 1, 2, 4, 8 }[random.Next(4)])
            : (random.NextDouble() < 0.25 ? new[] { 123, 124, 150, 200 }[random.Next(4)] : new[] { 1, 2, 4, 8, 16, 64 }[random.Next(6)]);
        return new QemuOptionSet(machine, cpu, paBits, ram, maxMem, slots, gic, cpus, highmem);
    }

    public string[] SampleArgs() => new[]
    {
        "-m", Memory(), "-M", Machine + ",gic-version=" + Gic + ",highmem=" + OnOff(Highmem), "-smp", Text(Cpus),
        "--pa-bits", Text(PaBits), "--dts",
    };

    public string[] QemuArgs(string dtb)
    {
        var args = new List<string>
        {
            "-accel", "tcg", "-nodefaults", "-display", "none",
            "-M", Machine + ",gic-version=" + Gic + ",highmem=" + OnOff(Highmem) + ",memory-backend=ram0,dumpdtb=" + dtb,
            "-object", "memory-backend-ram,id=ram0,size=" + Text(RamMiB) + "M,reserve=off",
            "-cpu", Cpu, "-smp", Text(Cpus), "-m", Memory(),
        };
        return args.ToArray();
    }

    public override string ToString() => string.Join(' ', SampleArgs()) + " (QEMU: -cpu " + Cpu + ")";

    // Mostly sizes that fit some of the CPUs' widths, some that fit none. QEMU's start-up grows with RAM (about 0.1 s
    // per TiB), so multi-terabyte RAM is rare; hot-plug space costs nothing and reaches further.
    private static ulong Ram(Random random) => random.NextDouble() switch
    {
        < 0.45 => s_smallRamMiB[random.Next(s_smallRamMiB.Length)],
        < 0.8 => 1024 * (ulong)random.Next(8, 600),
        < 0.95 => 1024 * (ulong)random.Next(600, 2048),
        _ => 1024 * (ulong)random.Next(2048, 6 * 1024),
    };

    private string Memory() => Text(RamMiB) + "M" + (MaxMemMiB == 0 ? string.Empty : ",maxmem=" + Text(MaxMemMiB) + "M,slots=" + Text(Slots));

    private static string OnOff(bool value) => value ? "on" : "off";

    private static string Text(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
