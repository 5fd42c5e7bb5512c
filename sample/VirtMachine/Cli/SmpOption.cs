using System.Globalization;
using Sample.Cli;

namespace Sample.Virt.Cli;

/// <summary>QEMU's <c>-smp [cpus=]N</c>: the number of CPUs, checked against the machine's limit as QEMU's option parsing does.</summary>
public static class SmpOption
{
    /// <summary>The most CPUs QEMU's virt machine takes (<c>mc->max_cpus</c>), whatever its interrupt controller.</summary>
    public const int MaxCpus = 512;

    /// <summary>Applies the merged <c>-smp</c> items to <paramref name="config"/>.</summary>
    public static MachineConfig Apply(OptionList smp, MachineConfig config)
    {
        foreach (var key in smp.Keys)
        {
            if (key != "cpus")
            {
                throw new UsageException($"-smp: parameter '{key}' is not modelled (only cpus)");
            }
        }

        var text = smp["cpus"];
        if (text is null)
        {
            return config;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cpus) || cpus == 0)
        {
            throw new UsageException($"-smp: parameter 'cpus' expects a number of CPUs from 1, not '{text}'");
        }

        if (cpus > MaxCpus)
        {
            throw new UsageException(Invariant($"Invalid SMP CPUs {cpus}. The max CPUs supported by machine '{VirtMemmap.VersionName(config.Machine.ResolvedVersion)}' is {MaxCpus}"));
        }

        return config with { Cpus = cpus };
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
