using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits the <c>PlanOptions</c> struct: the planner's inputs.</summary>
internal static class PlanOptionsEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        writer.Line();
        writer.Summary("""
            Inputs of a plan: RAM and hot-plug sizes, the physical-address width, the floating layout, and per floating region
            whether it is wanted (all are by default) and, where resizable, its raised size.
            """);
        using (writer.Block("public struct PlanOptions"))
        {
            writer.Summary("Options with every floating region at its default, the widest physical-address width and the default layout.");
            writer.Line("public PlanOptions() { }");
            writer.Line();
            writer.Summary("RAM size in bytes.");
            writer.Line("public ulong RamSize { get; set; }");
            writer.Line();
            writer.Summary("Maximum RAM size including hot-pluggable memory; 0 means RamSize.");
            writer.Line("public ulong MaxRamSize { get; set; }");
            writer.Line();
            writer.Summary("Number of hot-plug memory slots.");
            writer.Line("public ulong RamSlots { get; set; }");
            writer.Line();
            writer.Summary("Physical-address width in bits: floating regions must end at or below 2^PhysAddrBits.");
            writer.Line($"public int PhysAddrBits {{ get; set; }} = {context.Map.AddressBits};");
            writer.Line();
            var defaultLayout = context.VersionType is null ? "compact" : "the machine version's layout";
            writer.Summary($"Whether disabled floating regions still reserve address space (legacy) or not (compact); null means {defaultLayout}.");
            writer.Line($"public {TypeNames.FloatingLayout}? FloatingLayout {{ get; set; }}");
            if (context.VersionType is { } versionType)
            {
                writer.Line();
                writer.Summary("The machine version to plan for; null means the newest (LatestVersion).");
                writer.Line($"public {versionType}? Version {{ get; set; }}");
            }

            foreach (var region in context.Floating)
            {
                EmitRegion(writer, context, region);
            }

            if (context.Floating.Count > 0 && context.IsStraightLine)
            {
                writer.Lines("""

                    // Bit i for floating region i, neither bit set = the version's default (also in default(PlanOptions)):
                    // masks, so the planner finds every region's request with a few bitwise operations.
                    internal uint Wanted;
                    internal uint Unwanted;
                    """);
            }
            else if (context.Floating.Count > 0)
            {
                writer.Lines("""

                    // Per floating region: 0 = the version's default (also in default(PlanOptions)), 1 = wanted, 2 = not wanted.
                    internal FloatingBuffer<byte> Requests;
                    """);
            }
        }
    }

    /// <summary>Whether a floating region is wanted and, where resizable, its raised size.</summary>
    private static void EmitRegion(CodeWriter writer, EmitContext context, RegionSpec region)
    {
        var names = context.Names[region.Ordinal];
        var index = context.FloatingIndex[region.Ordinal];
        var byDefault = region.EnabledSince >= 0 ? "the machine version's default" : "yes";
        writer.Line();
        writer.SummaryXml($"Whether {context.See(region)} is wanted; null means {byDefault}. A wanted region that does not fit is disabled all the same.");
        if (context.IsStraightLine)
        {
            var bit = FastPathEmitter.Bit(index);
            writer.Lines($$"""
                public bool? {{names.Enable}}
                {
                    readonly get => (Wanted & {{bit}}) != 0 ? true : (Unwanted & {{bit}}) != 0 ? false : (bool?)null;
                    set
                    {
                        Wanted = value == true ? Wanted | {{bit}} : Wanted & ~{{bit}};
                        Unwanted = value == false ? Unwanted | {{bit}} : Unwanted & ~{{bit}};
                    }
                }
                """);
        }
        else
        {
            writer.Lines($$"""
                public bool? {{names.Enable}}
                {
                    readonly get => Requests[{{index}}] == 0 ? null : Requests[{{index}}] == 1;
                    set => Requests[{{index}}] = value is null ? (byte)0 : value.GetValueOrDefault() ? (byte)1 : (byte)2;
                }
                """);
        }

        if (region.Resizable)
        {
            var declared = $"{AddressText.Hex(region.Size)} ({AddressText.Size(region.Size)})";
            writer.Line();
            writer.SummaryXml($"Raised size of {context.See(region)}: a power of two, at least {declared}; null keeps the declared size.");
            writer.Line($"public ulong? {names.RaisedSize} {{ get; set; }}");
        }
    }
}
