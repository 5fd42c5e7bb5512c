using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Sample.Cli;
using Sample.Output;
using Sample.Pc.Output;

namespace Sample.Pc.Cli;

/// <summary>Plans the map of a configuration; on failure returns false and QEMU's message.</summary>
public delegate bool Planner(MachineConfig config, [NotNullWhen(true)] out PcMap? map, [NotNullWhen(false)] out string? error);

/// <summary>The command-line program, callable in-process: parse, plan, print.</summary>
public static class PcCli
{
    /// <summary>Exit code for a printed map.</summary>
    public const int Success = 0;

    /// <summary>Exit code when QEMU would refuse the configuration.</summary>
    public const int PlanFailed = 1;

    /// <summary>Exit code for unusable arguments.</summary>
    public const int BadArguments = 2;

    /// <summary>Runs the program with <paramref name="args"/>, planning with <paramref name="planner"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Planner planner)
    {
        Invocation invocation;
        try
        {
            invocation = Arguments.Parse(args);
        }
        catch (UsageException e)
        {
            stderr.Write("PcMachine: " + e.Message + "\nTry 'PcMachine --help' for more information.\n");
            return BadArguments;
        }

        if (invocation.Help)
        {
            stdout.Write(Usage.Text);
            return Success;
        }

        if (invocation.ListMachines)
        {
            stdout.Write("Supported machines are:\n");
            foreach (var type in MachineType.All.Where(t => t.IsListed))
            {
                stdout.Write(type.Name.PadRight(20) + " " + type.Description + "\n");
            }

            return Success;
        }

        var json = invocation.Format == OutputFormat.Json;
        var warnings = Warnings.For(invocation.Config);
        if (!planner(invocation.Config, out var map, out var error))
        {
            // QEMU prints its warnings before the error that stops it.
            foreach (var warning in warnings)
            {
                stderr.Write("warning: " + warning + "\n");
            }

            if (json)
            {
                JsonText.WriteError(stdout, error);
            }
            else
            {
                stderr.Write(error + "\n");
            }

            return PlanFailed;
        }

        switch (invocation.Format)
        {
            case OutputFormat.Json:
                JsonWriter.Write(stdout, map, warnings);
                break;
            case OutputFormat.E820:
                E820Writer.Write(stdout, map);
                WriteWarnings(stderr, warnings);
                break;
            case OutputFormat.Svg:
                WriteWarnings(stderr, warnings);
                if (!SvgFile.TryWrite(invocation.SvgPath!, PcPicture.Of(invocation.Config, map), out var problem))
                {
                    stderr.Write("PcMachine: " + problem + "\n");
                    return BadArguments;
                }

                break;
            default:
                TableWriter.Write(stdout, invocation.Config, map, warnings);
                break;
        }

        return Success;
    }

    // The e820 table and the picture are for scripts: QEMU's warnings go where QEMU prints them.
    private static void WriteWarnings(TextWriter stderr, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            stderr.Write("warning: " + warning + "\n");
        }
    }
}
