using MemmapGen.Generator.Model;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits the <c>PlanOptions</c> struct: the planner's inputs.</summary>
internal static class PlanOptionsEmitter
{
    public static void Emit(CodeWriter w, EmitContext c)
    {
        w.Line();
        w.Summary("Inputs of a plan: RAM and hot-plug sizes, the physical-address width, the floating layout, and per floating region whether it is wanted (all are by default) and, where resizable, its raised size.");
        using (w.Block("public struct PlanOptions"))
        {
            w.Summary("Options with every floating region at its default, the widest physical-address width and the default layout.");
            w.Line("public PlanOptions() { }");
            w.Line();
            w.Summary("RAM size in bytes.");
            w.Line("public ulong RamSize { get; set; }");
            w.Line();
            w.Summary("Maximum RAM size including hot-pluggable memory; 0 means RamSize.");
            w.Line("public ulong MaxRamSize { get; set; }");
            w.Line();
            w.Summary("Number of hot-plug memory slots.");
            w.Line("public ulong RamSlots { get; set; }");
            w.Line();
            w.Summary("Physical-address width in bits: floating regions must end at or below 2^PhysAddrBits.");
            w.Line("public int PhysAddrBits { get; set; } = " + c.Map.AddressBits + ";");
            w.Line();
            w.Summary(c.VersionType is null
                ? "Whether disabled floating regions still reserve address space (legacy) or not (compact); null means compact."
                : "Whether disabled floating regions still reserve address space (legacy) or not (compact); null means the machine version's layout.");
            w.Line("public global::MemmapGen.FloatingLayout? FloatingLayout { get; set; }");
            if (c.VersionType is { } versionType)
            {
                w.Line();
                w.Summary("The machine version to plan for; null means the newest (LatestVersion).");
                w.Line("public " + versionType + "? Version { get; set; }");
            }

            foreach (var region in c.Floating)
            {
                var i = region.Ordinal;
                var index = c.FloatingIndex[i];
                w.Line();
                w.SummaryXml("Whether " + c.See(region) + " is wanted; null means "
                    + (region.EnabledSince >= 0 ? "the machine version's default" : "yes")
                    + ". A wanted region that does not fit is disabled all the same.");
                if (c.IsStraightLine)
                {
                    var bit = FastPathEmitter.Bit(index);
                    w.Line("public bool? " + c.Names[i].Enable + " { readonly get => (Wanted & " + bit + ") != 0 ? true : (Unwanted & " + bit + ") != 0 ? false : (bool?)null; set { Wanted = value == true ? Wanted | " + bit + " : Wanted & ~" + bit + "; Unwanted = value == false ? Unwanted | " + bit + " : Unwanted & ~" + bit + "; } }");
                }
                else
                {
                    w.Line("public bool? " + c.Names[i].Enable + " { readonly get => Requests[" + index + "] == 0 ? null : Requests[" + index + "] == 1; set => Requests[" + index + "] = value is null ? (byte)0 : value.GetValueOrDefault() ? (byte)1 : (byte)2; }");
                }
                if (region.Resizable)
                {
                    w.Line();
                    w.SummaryXml("Raised size of " + c.See(region) + ": a power of two, at least " + AddressText.Hex(region.Size) + " (" + AddressText.Size(region.Size) + "); null keeps the declared size.");
                    w.Line("public ulong? " + c.Names[i].RaisedSize + " { get; set; }");
                }
            }

            if (c.Floating.Count > 0 && c.IsStraightLine)
            {
                w.Line();
                w.Line("// Bit i for floating region i, neither bit set = the version's default (also in default(PlanOptions)): masks, so the planner");
                w.Line("// finds every region's request with a few bitwise operations.");
                w.Line("internal uint Wanted;");
                w.Line("internal uint Unwanted;");
            }
            else if (c.Floating.Count > 0)
            {
                w.Line();
                w.Line("// Per floating region: 0 = the version's default (also in default(PlanOptions)), 1 = wanted, 2 = not wanted.");
                w.Line("internal FloatingBuffer<byte> Requests;");
            }
        }
    }
}
