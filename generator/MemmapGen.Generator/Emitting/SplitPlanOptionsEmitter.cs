using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits <c>PlanOptions</c> for a map that splits RAM into banks (docs/split-ram.md): the planner's inputs.</summary>
internal static class SplitPlanOptionsEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            Inputs of a plan: RAM and hot-plug sizes, the physical-address width, the guest's addressing, and per bank,
            reserved window and window the overrides of its declared policy.
            """);
        using (writer.Block("public struct PlanOptions"))
        {
            writer.Summary("Options with every policy as declared and the widest physical-address width.");
            writer.Line("public PlanOptions() { }");
            writer.Lines($$"""

                /// <summary>RAM size in bytes, split over the banks in declaration order.</summary>
                public ulong RamSize { get; set; }

                /// <summary>Maximum RAM size including hot-pluggable memory; 0 means RamSize.</summary>
                public ulong MaxRamSize { get; set; }

                /// <summary>Number of hot-plug memory slots.</summary>
                public ulong RamSlots { get; set; }

                /// <summary>Physical-address width in bits: the highest used address must be below 2^PhysAddrBits.</summary>
                public int PhysAddrBits { get; set; } = {{context.Map.AddressBits}};
                """);
            if (context.VersionType is { } versionType)
            {
                writer.Line();
                writer.Summary("The machine version to plan for; null means the newest (LatestVersion).");
                writer.Line($"public {versionType}? Version {{ get; set; }}");
            }

            var since = Since(context, context.Map.CheckGuest32BitSince, "checked");
            writer.Lines($$"""

                /// <summary>Whether the guest addresses 64 bits (a 64-bit CPU); null means yes.</summary>
                public bool? Guest64Bit { get; set; }

                /// <summary>
                /// For a guest without 64-bit addressing: whether the end of its memory, rather than the whole address
                /// width, is its highest used address; null means {{since}}.
                /// </summary>
                public bool? CheckGuest32Bit { get; set; }
                """);
            foreach (var bank in context.Map.Banks)
            {
                EmitBank(writer, context, bank);
            }

            foreach (var ordinal in context.Map.Reserved)
            {
                EmitReserved(writer, context, context.Map.Regions[ordinal]);
            }

            foreach (var window in context.Map.Windows)
            {
                EmitWindow(writer, context, window);
            }
        }
    }

    /// <summary>"always" or "from &lt;version&gt; on", for a version ordinal or -1.</summary>
    internal static string Since(EmitContext context, int version, string what) =>
        version >= 0 && context.VersionType is not null
            ? $"{what} from {context.Map.Versions[version].Name} on"
            : $"{what} in every version";

    private static void EmitBank(CodeWriter writer, EmitContext context, BankSpec bank)
    {
        var names = context.Names[bank.Ordinal];
        var see = context.See(context.Map.Regions[bank.Ordinal]);
        if (names.Limit.Length != 0)
        {
            var declared = $"{AddressText.Hex(bank.Limit)} ({AddressText.Size(bank.Limit)})";
            var most = bank.MaxLimit != 0 ? $", at most {AddressText.Hex(bank.MaxLimit)}" : string.Empty;
            writer.Line();
            writer.SummaryXml($"The largest size of {see}; null means the declared {declared}{most}.");
            writer.Line($"public ulong? {names.Limit} {{ get; set; }}");
        }

        if (names.LargeRamLimit.Length != 0)
        {
            var from = bank.LargeRamFrom != 0 ? AddressText.Hex(bank.LargeRamFrom) : "its limit";
            writer.Line();
            writer.SummaryXml($"Whether the limit of {see} is at most {AddressText.Hex(bank.LargeRamLimit)} when RAM is at least {from}; null means yes.");
            writer.Line($"public bool? {names.LargeRamLimit} {{ get; set; }}");
        }
    }

    private static void EmitReserved(CodeWriter writer, EmitContext context, RegionSpec region)
    {
        var names = context.Names[region.Ordinal];
        var see = context.See(region);
        var since = Since(context, region.Since, "enforced");
        writer.Line();
        writer.SummaryXml($"Whether RAM avoids {see} (a bank that would reach it moves past it); false by default.");
        writer.Line($"public bool {names.Avoid} {{ get; set; }}");
        writer.Line();
        writer.SummaryXml($"Whether avoiding {see} is enforced when asked; null means {since}.");
        writer.Line($"public bool? {names.Enforce} {{ get; set; }}");
    }

    private static void EmitWindow(CodeWriter writer, EmitContext context, WindowSpec window)
    {
        var names = context.Names[window.Ordinal];
        var see = context.See(context.Map.Regions[window.Ordinal]);
        var declared = $"{AddressText.Hex(window.Size)} ({AddressText.Size(window.Size)})";
        var since = Since(context, window.AdvertisedSince, "advertised");
        writer.Line();
        writer.SummaryXml($"The size of {see}; null means the declared {declared}.");
        writer.Line($"public ulong? {names.WindowSize} {{ get; set; }}");
        writer.Line();
        writer.SummaryXml($"Whether {see} is advertised to the guest; null means {since}.");
        writer.Line($"public bool? {names.Advertise} {{ get; set; }}");
    }
}
