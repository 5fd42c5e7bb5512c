namespace MemmapGen.Generator.Model;

/// <summary>One bank of RAM and the policy declared on it (see <c>RamBankAttribute</c>); 0 means none.</summary>
internal sealed record BankSpec
{
    public required int Ordinal { get; init; }

    public required ulong Base { get; init; }

    /// <summary>The bank's largest size; plans may override it, up to <see cref="MaxLimit"/>.</summary>
    public ulong Limit { get; init; }

    public ulong MaxLimit { get; init; }

    /// <summary>The RAM size from which <see cref="LargeRamLimit"/> caps the limit; 0: the planned limit itself.</summary>
    public ulong LargeRamFrom { get; init; }

    public ulong LargeRamLimit { get; init; }

    /// <summary>Whether plans may switch the <see cref="LargeRamLimit"/> cap off; false: it always applies.</summary>
    public bool LargeRamLimitOptional { get; init; } = true;

    /// <summary>Ordinal of the reserved window the bank moves past, or -1.</summary>
    public int RelocatePast { get; init; } = -1;

    public ulong DeviceMemoryAlignment { get; init; }

    public ulong SlotSize { get; init; }

    public uint MaxSlots { get; init; }

    public ulong MaxRamAlignment { get; init; }
}
