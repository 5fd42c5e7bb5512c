namespace MemmapGen.Generator.Model;

/// <summary>A problem found while reading a declaration. The analyzers report them; the generator works around them.</summary>
internal enum IssueKind
{
    /// <summary>An attribute argument is missing or is not a constant of the expected type.</summary>
    InvalidArgument,

    /// <summary>A member carries more than one of Fixed, Ram and Floating.</summary>
    ConflictingAttributes,

    /// <summary>A second Ram region; only one RAM block is supported.</summary>
    DuplicateRam,

    /// <summary>Two members share an underlying value.</summary>
    DuplicateValue,

    /// <summary><c>Within</c> names something that is not a member of this map.</summary>
    WithinNotMember,

    /// <summary><c>Within</c> names a region of another map (an enum that carries <c>[MemoryMap]</c> itself).</summary>
    WithinOtherMap,

    /// <summary><c>Within</c> names the region itself.</summary>
    WithinSelf,

    /// <summary><c>Within</c> names a region that is not fixed.</summary>
    WithinNotFixed,

    /// <summary>A <c>Within</c> chain loops back on itself.</summary>
    WithinCycle,

    /// <summary>A containing type is not partial.</summary>
    ContainerNotPartial,

    /// <summary>A containing type is generic.</summary>
    ContainerGeneric,

    /// <summary>The enum is file-local.</summary>
    FileLocalEnum,

    /// <summary><c>AddressBits</c> is outside 1..64.</summary>
    InvalidAddressBits,

    /// <summary><c>Versions</c> does not name an enum.</summary>
    VersionsNotEnum,

    /// <summary>A member of the version enum lacks <c>[MachineVersion]</c> or its name is missing or empty.</summary>
    VersionWithoutName,

    /// <summary>Two machine versions share a name.</summary>
    DuplicateVersionName,

    /// <summary><c>Since</c> or <c>EnabledSince</c> names something that is not one of the map's versions.</summary>
    VersionNotMember,

    /// <summary>The enum has no valid name yet (half-typed); the compiler reports it.</summary>
    IncompleteDeclaration,

    /// <summary><c>TypeName</c> is not a valid identifier.</summary>
    InvalidTypeName,

    /// <summary>
    /// The compiler already rejects this argument (it does not bind, or its attribute does not). Added next to the
    /// issue that reading it raised, so the analyzers can stay silent rather than repeat the compiler's error.
    /// </summary>
    ErroneousArgument,

    /// <summary>The map declares both <c>[Ram]</c> and <c>[RamBank]</c>; the banks win.</summary>
    MixedRamKinds,

    /// <summary>A member reference (<c>RelocatePast</c>, <c>After</c>, <c>Before</c>) names no member of this map, or the region itself.</summary>
    ReferenceNotMember,

    /// <summary>A member reference names a member of the wrong kind (<c>After</c>: a bank; <c>Before</c>: fixed; <c>RelocatePast</c>: reserved).</summary>
    ReferenceWrongKind,

    /// <summary>A bank other than the last has no <c>Limit</c>: it would hold no RAM.</summary>
    BankWithoutLimit,
}
