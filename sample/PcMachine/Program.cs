using System;
using System.Diagnostics.CodeAnalysis;
using Sample.Pc;
using Sample.Pc.Cli;

return PcCli.Run(args, Console.Out, Console.Error, NotPlanned);

// The split-RAM planner is generated from declarations that come with the generator's support for them.
static bool NotPlanned(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error)
{
    map = null;
    error = "this build cannot plan x86 maps yet";
    return false;
}
