namespace Benchmarks.Proof;

/// <summary>The maps the proof and analyzer benchmarks measure, each compiled and parsed anew.</summary>
internal static class ProofMaps
{
    public static ProofMap Pc() => ProofMap.Sample("PcMachine", "PcRegion.cs", "PcVersion.cs", "Sample.Pc.PcRegion");

    public static ProofMap Q35() => ProofMap.Sample("PcMachine", "Q35Region.cs", "Q35Version.cs", "Sample.Pc.Q35Region");

    public static ProofMap Virt() => ProofMap.Sample("VirtMachine", "VirtRegion.cs", "VirtVersion.cs", "Sample.Virt.VirtRegion");

    public static ProofMap Banked(bool refuted) => ProofMap.Compile("Synthetic.BankedBoard", SyntheticMaps.Banked(refuted));

    public static ProofMap Arm() => ProofMap.Compile("Synthetic.ArmBoard", SyntheticMaps.Arm());
}
