using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>
/// Emits a split layout's e820 list without storing it: <c>E820Count</c> and <c>GetE820(index)</c> walk, in the order
/// QEMU inserts them, the active reserved windows below the address width, then each bank that holds RAM.
/// </summary>
internal static class SplitE820Emitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        var map = context.Map;
        var terms = new System.Collections.Generic.List<string>();
        for (var index = 0; index < map.Reserved.Count; index++)
        {
            terms.Add($"({ReservedNames.ReservedListed(index)} ? 1 : 0)");
        }

        for (var index = 0; index < map.Banks.Count; index++)
        {
            terms.Add($"({ReservedNames.BankSize(index)} != 0 ? 1 : 0)");
        }

        writer.Line();
        writer.Summary("The number of e820 entries: active reserved windows below the address width, then banks that hold RAM.");
        writer.Line($"public readonly int E820Count => {string.Join(" + ", terms)};");
        writer.Line();
        writer.Summary("The e820 entry at an index (0 .. E820Count - 1), in the order a VMM adds them; allocates nothing.");
        using (writer.Block($"public readonly {TypeNames.E820Entry} GetE820(int index)"))
        {
            writer.Line("int i = index;");
            for (var index = 0; index < map.Reserved.Count; index++)
            {
                var region = map.Regions[map.Reserved[index]];
                var entry = $"new({Literals.UInt64(region.Base)}, {Literals.UInt64(region.Size)}, {TypeNames.E820Type}.Reserved)";
                writer.Lines($"""
                    if ({ReservedNames.ReservedListed(index)} && i-- == 0) // {region.Name}
                        return {entry};
                    """);
            }

            for (var index = 0; index < map.Banks.Count; index++)
            {
                var (bankBase, size) = (ReservedNames.BankBase(index), ReservedNames.BankSize(index));
                var name = map.Regions[map.Banks[index].Ordinal].Name;
                writer.Lines($"""
                    if ({size} != 0 && i-- == 0) // {name}
                        return new({bankBase}, {size}, {TypeNames.E820Type}.Ram);
                    """);
            }

            writer.Line($"throw new {TypeNames.ArgumentOutOfRangeException}(nameof(index));");
        }
    }
}
