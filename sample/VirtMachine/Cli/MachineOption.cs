using System;
using System.Collections.Generic;
using System.Linq;
using Sample.Cli;

namespace Sample.Virt.Cli;

/// <summary>
/// QEMU's <c>-M [type=]NAME[,PROPERTY=VALUE...]</c>: the machine type, looked up in <see cref="MachineType.All"/>,
/// and the virt machine's memory-map properties.
/// </summary>
public static class MachineOption
{
    private static readonly Dictionary<string, Func<MachineConfig, string, string, MachineConfig>> s_properties = new()
    {
        ["highmem"] = (c, k, v) => c with { Highmem = Bool(k, v) },
        ["compact-highmem"] = (c, k, v) => c with { CompactHighmem = Bool(k, v) },
        ["highmem-redists"] = (c, k, v) => c with { HighmemRedists = Bool(k, v) },
        ["highmem-ecam"] = (c, k, v) => c with { HighmemEcam = Bool(k, v) },
        ["highmem-mmio"] = (c, k, v) => c with { HighmemMmio = Bool(k, v) },
        // Only parsed here: whether the size is acceptable is the planner's call, so it is reported like QEMU's setter does.
        ["highmem-mmio-size"] = (c, k, v) => c with { HighmemMmioSize = MemoryOption.Size(k, v, 'B') },
        // The map is the same for both; the device tree's interrupt-controller node is not.
        ["gic-version"] = (c, k, v) => c with { GicVersion = GicVersion(v) },
    };

    /// <summary>Applies the merged <c>-M</c> items to <paramref name="config"/>.</summary>
    public static MachineConfig Apply(OptionList machine, MachineConfig config)
    {
        var name = machine["type"];
        if (name is not null)
        {
            var type = MachineType.Find(name) ?? throw new UsageException(
                $"unsupported machine type '{name}' (supported: {string.Join(", ", MachineType.All.Select(t => t.Name))})");
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
                throw new UsageException(
                    $"machine type '{config.Machine.Name}' has no property '{key}' (properties: {string.Join(", ", s_properties.Keys)})");
            }

            config = set(config, key, machine[key]!);
        }

        return config;
    }

    // QEMU also takes host and max, which depend on the accelerator: only the two versions are modelled.
    private static int GicVersion(string value) => value switch
    {
        "2" => 2,
        "3" => 3,
        _ => throw new UsageException($"gic-version: '{value}' is not modelled (valid values are 2 and 3)"),
    };

    // QEMU's boolean spellings (qapi_bool_parse).
    private static bool Bool(string key, string value) => value switch
    {
        "on" or "yes" or "true" or "y" => true,
        "off" or "no" or "false" or "n" => false,
        _ => throw new UsageException($"parameter '{key}' expects 'on' or 'off', not '{value}'"),
    };
}
