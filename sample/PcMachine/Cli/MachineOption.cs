using System;
using System.Collections.Generic;
using Sample.Cli;

namespace Sample.Pc.Cli;

/// <summary>
/// QEMU's <c>-M [type=]NAME[,PROPERTY=VALUE...]</c>: the machine type, looked up in <see cref="MachineType.All"/>,
/// the <c>max-ram-below-4g</c> property, and the three class flags that move memory, given as properties so a
/// configuration can set them apart from the version.
/// </summary>
public static class MachineOption
{
    private static readonly Dictionary<string, Func<MachineConfig, string, string, MachineConfig>> s_properties = new()
    {
        // Only parsed here: whether the value is acceptable is the planner's call, reported as QEMU's setter does.
        ["max-ram-below-4g"] = (c, k, v) => c with
        {
            MaxRamBelow4G = OptionValues.Size(v) ?? throw new UsageException($"Parameter '{k}' expects size"),
        },
        ["enforce-amd-1tb-hole"] = (c, k, v) => c with { EnforceAmd1TbHole = OptionValues.Bool(k, v) },
        ["broken-32bit-mem-addr-check"] = (c, k, v) => c with { Broken32BitMemAddrCheck = OptionValues.Bool(k, v) },
        ["gigabyte-align"] = (c, k, v) => c with { GigabyteAlign = OptionValues.Bool(k, v) },
    };

    /// <summary>Applies the merged <c>-M</c> items to <paramref name="config"/>.</summary>
    public static MachineConfig Apply(OptionList machine, MachineConfig config)
    {
        var name = machine["type"];
        if (name is not null)
        {
            var type = MachineType.Find(name)
                ?? throw new UsageException($"unsupported machine type: \"{name}\"\nUse -machine help to list supported machines");
            config = config with { Machine = type };
        }

        foreach (var key in machine.Keys)
        {
            if (key == "type")
            {
                continue;
            }

            if (!s_properties.TryGetValue(key, out var set))
            {
                throw new UsageException($"Property '{config.Machine.VersionName}-machine.{key}' not found");
            }

            config = set(config, key, machine[key]!);
        }

        return config;
    }
}
