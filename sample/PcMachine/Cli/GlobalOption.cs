using System.Collections.Generic;
using Sample.Cli;

namespace Sample.Pc.Cli;

/// <summary>
/// QEMU's <c>-global DRIVER.PROPERTY=VALUE</c> for the two host bridges' 64-bit hole properties. As in QEMU, a global
/// applies only when its device is created: one naming the other machine's bridge is ignored, value and all.
/// </summary>
public sealed class GlobalOption
{
    /// <summary>The host bridges whose properties the sample models.</summary>
    public static readonly IReadOnlyList<string> Drivers = ["i440FX-pcihost", "q35-pcihost"];

    private readonly List<(string Driver, string Property, string Value)> _globals = new();

    /// <summary>Adds one <c>-global</c> value.</summary>
    public void Add(string text)
    {
        // QEMU's format: the driver runs to the first '.' or '=', the property to the first '='.
        var dot = text.IndexOfAny(['.', '=']);
        var equals = text.IndexOf('=');
        if (dot <= 0 || text[dot] != '.' || equals < dot + 2)
        {
            throw new UsageException($"-global {text}: expected DRIVER.PROPERTY=VALUE");
        }

        var driver = text.Substring(0, dot);
        if (!((IList<string>)Drivers).Contains(driver))
        {
            throw new UsageException($"-global {text}: the sample models the properties of {string.Join(" and ", Drivers)} only");
        }

        _globals.Add((driver, text.Substring(dot + 1, equals - dot - 1), text.Substring(equals + 1)));
    }

    /// <summary>Applies the globals for <paramref name="config"/>'s host bridge, in order (a later one wins).</summary>
    public MachineConfig Apply(MachineConfig config)
    {
        foreach (var (driver, property, value) in _globals)
        {
            if (driver != config.Machine.HostBridge)
            {
                continue;
            }

            var context = $"can't apply global {driver}.{property}={value}: ";
            config = property switch
            {
                "pci-hole64-size" => config with
                {
                    PciHole64Size = OptionValues.MemorySize(property, value, context),
                },
                "x-pci-hole64-fix" => config with { PciHole64Fix = OptionValues.Bool(property, value, context) },
                _ => throw new UsageException(context + $"Property '{driver}.{property}' not found"),
            };
        }

        return config;
    }
}
