namespace MemmapGen.Generator.Model;

/// <summary>The RAM block and the planner policy declared on it (see <c>RamAttribute</c>).</summary>
internal sealed record RamSpec(
    int Ordinal,
    ulong Base,
    ulong LegacyLimit,
    ulong DeviceMemoryAlignment,
    ulong SlotSize,
    uint MaxSlots);
