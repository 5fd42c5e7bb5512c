using System;
using System.Collections.Generic;
using System.Linq;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>Name pools: ordinary device names, and names that collide with keywords or the generated API.</summary>
internal static class Names
{
    private static readonly string[] Plain =
    {
        "Flash", "Uart", "Rtc", "Gpio", "Gic", "GicDist", "GicCpu", "Its", "Pcie", "PcieEcam", "PcieMmio", "PciePio",
        "Mmio", "Rom", "Secure", "Smmu", "FwCfg", "Virtio", "Acpi", "PvTime", "Cxl", "HighMmio", "Redist", "Dram", "Mem",
    };

    /// <summary>
    /// Keywords, contextual keywords, unicode, and every name the generator reserves in the companion, PlanOptions and
    /// Layout (taken from the generator, so a new member is fuzzed without a list here).
    /// </summary>
    private static readonly string[] Tricky = new[]
    {
        "@class", "@event", "@int", "@base", "@fixed", "@this", "@checked", "async", "var", "record", "value", "nameof", "dynamic",
        "FlashBase", "Région", "Ωmega", "_", "__x", "R\\u0041x",
    }.Concat(ReservedNames.Companion).Concat(ReservedNames.PlanOptions).Concat(ReservedNames.Layout).Distinct().ToArray();

    private static readonly string[] Enums = { "BoardRegion", "Region", "VirtRegion", "Layout", "Plan", "Memmap", "R", "Ünïcode" };

    private static readonly string[] TypeNames = { "BoardMap", "Memmap", "Regions", "MemRange", "Flash", "Uart", "Mem" };

    public static string Region(Random random, HashSet<string> taken)
    {
        var pool = random.Next(4) == 0 ? Tricky : Plain;
        var name = pool[random.Next(pool.Length)];
        var candidate = name;
        for (var i = 2; !taken.Add(Key(candidate)); i++)
        {
            candidate = name.TrimStart('@') + i;
        }

        return candidate;
    }

    public static string Enum(Random random, int index) => Enums[random.Next(Enums.Length)] + (index == 0 ? string.Empty : index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string TypeName(Random random) => TypeNames[random.Next(TypeNames.Length)];

    /// <summary>The identifier a name declares (<c>@class</c> and <c>class</c> are the same member; so are escapes).</summary>
    public static string Key(string name) => name.TrimStart('@').Replace("\\u0041", "A", StringComparison.Ordinal);
}
