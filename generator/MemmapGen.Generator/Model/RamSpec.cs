namespace MemmapGen.Generator.Model;

/// <summary>The RAM block and the planner policy declared on it (see <c>RamAttribute</c>); 0 means none.</summary>
internal sealed record RamSpec
{
    /// <summary>Ordinal of the RAM member.</summary>
    public required int Ordinal { get; init; }

    public required ulong Base { get; init; }

    /// <summary>The reserved window <c>[Base, Base + LegacyLimit)</c>; its end is the floor of the floating area.</summary>
    public ulong LegacyLimit { get; init; }

    /// <summary>Device (hot-plug) memory starts at the end of RAM rounded up to this.</summary>
    public ulong DeviceMemoryAlignment { get; init; }

    /// <summary>Device memory added per hot-plug slot.</summary>
    public ulong SlotSize { get; init; }

    public uint MaxSlots { get; init; }
}
