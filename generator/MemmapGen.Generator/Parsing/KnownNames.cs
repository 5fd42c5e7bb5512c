namespace MemmapGen.Generator.Parsing;

/// <summary>Metadata names of the runtime's attributes and of their arguments.</summary>
internal static class KnownNames
{
    public const string Namespace = "MemmapGen";
    public const string MemoryMapAttribute = "MemmapGen.MemoryMapAttribute";
    public const string MemoryMap = "MemoryMapAttribute";
    public const string Fixed = "FixedAttribute";
    public const string Ram = "RamAttribute";
    public const string Floating = "FloatingAttribute";
    public const string RamBank = "RamBankAttribute";
    public const string Reserved = "ReservedAttribute";
    public const string Gap = "GapAttribute";
    public const string Window = "WindowAttribute";

    public const string BaseArgument = "base";
    public const string SizeArgument = "size";
    public const string Within = "Within";
    public const string Alignment = "Alignment";
    public const string Resizable = "Resizable";
    public const string TypeName = "TypeName";
    public const string AddressBits = "AddressBits";
    public const string RegionConstants = "RegionConstants";
    public const string LegacyLimit = "LegacyLimit";
    public const string DeviceMemoryAlignment = "DeviceMemoryAlignment";
    public const string SlotSize = "SlotSize";
    public const string MaxSlots = "MaxSlots";
    public const string MachineVersion = "MachineVersionAttribute";
    public const string Versions = "Versions";
    public const string Layout = "Layout";
    public const string Since = "Since";
    public const string EnabledSince = "EnabledSince";
    public const string Limit = "Limit";
    public const string MaxLimit = "MaxLimit";
    public const string LargeRamFrom = "LargeRamFrom";
    public const string LargeRamLimit = "LargeRamLimit";
    public const string LargeRamLimitOptional = "LargeRamLimitOptional";
    public const string RelocatePast = "RelocatePast";
    public const string MaxRamAlignment = "MaxRamAlignment";
    public const string After = "After";
    public const string Before = "Before";
    public const string AdvertisedSince = "AdvertisedSince";
    public const string Requires64BitGuest = "Requires64BitGuest";
    public const string CheckGuest32BitSince = "CheckGuest32BitSince";

    /// <summary>
    /// Whether a companion class may carry this name: an identifier, not a contextual keyword (no type may be called
    /// file, scoped, required; var or record break code), not all lower-case ASCII (CS8981), not a companion member.
    /// </summary>
    public static bool IsUsableTypeName(string name)
    {
        if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name)
            || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetContextualKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            || System.Array.IndexOf(Planning.ReservedNames.Companion, name) >= 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is < 'a' or > 'z')
            {
                return true;
            }
        }

        return false;
    }
}
