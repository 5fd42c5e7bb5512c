using System;
using System.Reflection;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>
/// A generated <c>Layout</c> read by the names the prover's messages use: <c>device memory</c>, <c>'W' as
/// advertised</c>, or <c>'Name'</c> for a bank, gap, window, fixed region, reserved window, Arm RAM or floating region.
/// </summary>
internal sealed class PlanParts
{
    private const string AsAdvertised = " as advertised";

    private readonly Type _map;
    private readonly object _layout;

    public PlanParts(Type map, object layout)
    {
        _map = map;
        _layout = layout;
    }

    public MemRange Range(string part)
    {
        if (part == "device memory")
        {
            return (MemRange)Property("DeviceMemory");
        }

        if (part.EndsWith(AsAdvertised, StringComparison.Ordinal))
        {
            return (MemRange)Property(Unquote(part[..^AsAdvertised.Length]) + "Advertised");
        }

        var name = Unquote(part);
        var get = _layout.GetType().GetMethod("Get", new[] { _map })!;
        var placement = (RegionPlacement)get.Invoke(_layout, new[] { Enum.Parse(_map, name) })!;
        if (!placement.Enabled)
        {
            throw new WitnessMismatchException($"the plan does not place '{name}': {placement}");
        }

        // A reserved window counts only where the plan enforces it.
        if (_layout.GetType().GetProperty(name + "Active") is { } active && !(bool)active.GetValue(_layout)!)
        {
            throw new WitnessMismatchException($"reserved window '{name}' is not active in the plan");
        }

        return placement.Range;
    }

    private object Property(string name) =>
        (_layout.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new WitnessMismatchException($"the layout has no member {name}")).GetValue(_layout)!;

    private static string Unquote(string part) =>
        part.Length >= 2 && part[0] == '\'' && part[^1] == '\'' ? part[1..^1] : throw new WitnessMismatchException($"not a part name: {part}");
}
