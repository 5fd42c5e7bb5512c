using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MemmapGen.Analyzers.Compat;

/// <summary>Inserted regions placed since the last shipped one, newest first (shared tails, no copying).</summary>
internal sealed class ImmutableStack
{
    public static readonly ImmutableStack Empty = new(default, null);

    private ImmutableStack((ulong Align, ulong Size) top, ImmutableStack? rest)
    {
        Top = top;
        Rest = rest;
    }

    public (ulong Align, ulong Size) Top { get; }

    public ImmutableStack? Rest { get; }

    public bool IsEmpty => Rest is null;

    public ImmutableStack Push((ulong Align, ulong Size) region) => new(region, this);

    /// <summary>Oldest first, the order they are placed in.</summary>
    public List<(ulong Align, ulong Size)> ToList()
    {
        var list = new List<(ulong Align, ulong Size)>();
        for (var node = this; !node.IsEmpty; node = node.Rest!)
        {
            list.Add(node.Top);
        }

        list.Reverse();
        return list;
    }
}

/// <summary>One point of the compact search: the old plan's cursor class, the pending inserted regions, and the flags that led here.</summary>
internal sealed class LockstepState
{
    public LockstepState(Residue cursor, ImmutableStack pending, bool[] flags)
    {
        Cursor = cursor;
        Pending = pending;
        Flags = flags;
    }

    public Residue Cursor { get; }

    public ImmutableStack Pending { get; }

    public bool[] Flags { get; }

    /// <summary>What makes two states behave alike from here on: the cursor class and the pending regions.</summary>
    public string Key
    {
        get
        {
            var key = new StringBuilder()
                .Append(Cursor.Value.ToString(CultureInfo.InvariantCulture)).Append('/')
                .Append(Cursor.Bits.ToString(CultureInfo.InvariantCulture));
            foreach (var (align, size) in Pending.ToList())
            {
                key.Append(';').Append(align.ToString(CultureInfo.InvariantCulture)).Append(',').Append(size.ToString(CultureInfo.InvariantCulture));
            }

            return key.ToString();
        }
    }
}
