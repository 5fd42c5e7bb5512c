namespace MemmapGen;

/// <summary>The type of an e820 entry, with the numbers of the e820 table (firmware and Linux use the same).</summary>
public enum E820Type
{
    /// <summary>Usable RAM.</summary>
    Ram = 1,

    /// <summary>Reserved: the guest must not use it.</summary>
    Reserved = 2,
}
