using System.Collections.Generic;
using System.Collections.Immutable;
using MemmapGen.Analyzers.Analysis;
using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// Maps with one RAM block and floating regions. Their plans are safe by construction except for fixed regions above
/// the RAM base (docs/plan-proof.md): RAM, device memory and the floating regions are laid out upwards from the RAM
/// base in one sequence (each starts at or after the end of the one before), a floating region that would pass the
/// width is disabled, and RAM or device memory that would pass it fails the plan. A fixed region above the RAM base is
/// reported by MMG0004/MMG0005 when RAM declares a LegacyLimit (this proof gives them a witness), and by MMG0042
/// without one.
/// </summary>
internal static class ArmProver
{
    public static ProofResult Prove(MapAnalysis map, IReadOnlyList<ProofTarget> targets)
    {
        var spec = map.Map;
        var ram = spec.Ram!;
        var above = new List<ProofTarget>();
        foreach (var target in targets)
        {
            if (target.Last >= ram.Base)
            {
                above.Add(target);
            }
        }

        var witnesses = FloatingWitnesses(map, above);
        var findings = ImmutableArray.CreateBuilder<ProofFinding>();
        var covered = ImmutableDictionary.CreateBuilder<int, ProofFinding>();
        var reserved = ram.LegacyLimit != 0;
        foreach (var target in above)
        {
            var finding = witnesses.TryGetValue(target.Ordinal, out var floating) ? floating : RamWitness(map, target);
            if (finding is null)
            {
                continue;
            }

            if (reserved)
            {
                covered[target.Ordinal] = finding; // MMG0004 or MMG0005 reports the region
            }
            else
            {
                findings.Add(finding);
            }
        }

        var status = findings.Count > 0 || RamClashes.Find(map).Count > 0 ? ProofStatus.Refuted : ProofStatus.Proved;
        return new ProofResult(status, findings.ToImmutable(), covered.ToImmutable(), Classes: 0, Boxes: 0, Reason: null);
    }

    /// <summary>
    /// Targets a floating region lands on with no RAM at all, at the narrowest width where it does (a region may land
    /// there at one width only: in compact layouts a region that does not fit moves the next one down).
    /// </summary>
    private static Dictionary<int, ProofFinding> FloatingWitnesses(MapAnalysis map, List<ProofTarget> targets)
    {
        var found = new Dictionary<int, ProofFinding>();
        var model = new ArmModel(map.Map);
        var placed = new List<(int Ordinal, ulong Base, ulong Last)>();
        for (var bits = 1; bits <= map.Map.AddressBits && found.Count < targets.Count; bits++)
        {
            placed.Clear();
            if (!model.Plan(0, bits, (ordinal, regionBase, last) => placed.Add((ordinal, regionBase, last))))
            {
                continue;
            }

            foreach (var target in targets)
            {
                if (found.ContainsKey(target.Ordinal) || FirstOverlap(placed, target) is not { } hit)
                {
                    continue;
                }

                var options = new WitnessOptions().Hex("RamSize", 0).Number("PhysAddrBits", bits);
                found[target.Ordinal] = Finding(map, target, hit.Ordinal, new AddressRange(hit.Base, hit.Last), options, bits);
            }
        }

        return found;
    }

    /// <summary>The first placed region overlapping the target (placements grow with their order, so a binary search would do).</summary>
    private static (int Ordinal, ulong Base, ulong Last)? FirstOverlap(List<(int Ordinal, ulong Base, ulong Last)> placed, ProofTarget target)
    {
        foreach (var region in placed)
        {
            if (region.Base <= target.Last && target.Base <= region.Last)
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>The smallest RAM size whose RAM reaches the target in a plan that succeeds, at the narrowest width.</summary>
    private static ProofFinding? RamWitness(MapAnalysis map, ProofTarget target)
    {
        var ram = map.Map.Ram!;
        var size = target.Base >= ram.Base ? target.Base - ram.Base + 1 : 1;
        if (size == 0 || size - 1 >= ulong.MaxValue - ram.Base)
        {
            return null; // RAM would end at or past 2^64: the plan fails
        }

        var past = false;
        var memTop = Saturating.AlignUp(ram.Base + size, ram.DeviceMemoryAlignment, ref past);
        var maxAddress = AddressMath.LastAddress(map.Map.AddressBits);
        if (past || memTop - 1 > maxAddress)
        {
            return null;
        }

        var bits = PastWidthGoal.Bits(memTop - 1);
        var options = new WitnessOptions().Hex("RamSize", size).Number("PhysAddrBits", bits);
        return Finding(map, target, ram.Ordinal, new AddressRange(ram.Base, ram.Base + size - 1), options, bits);
    }

    private static ProofFinding Finding(MapAnalysis map, ProofTarget target, int part, AddressRange partRange, WitnessOptions options, int bits) =>
        new(ProofFindingKind.Overlap, target.Ordinal, KnownNames.BaseArgument, part, "'" + map.Name(part) + "'", partRange,
            "'" + map.Name(target.Ordinal) + "'", new AddressRange(target.Base, target.Last), options.ToString(), bits, options.ToProperties());
}
