using System.IO;
using Sample.Cli;
using Sample.Output;
using Sample.Virt.Output;

namespace Sample.Virt.Cli;

/// <summary>The command-line program, callable in-process: parse, plan, print.</summary>
public static class VirtCli
{
    /// <summary>Exit code for a printed map.</summary>
    public const int Success = 0;

    /// <summary>Exit code when QEMU would refuse the configuration.</summary>
    public const int PlanFailed = 1;

    /// <summary>Exit code for unusable arguments.</summary>
    public const int BadArguments = 2;

    /// <summary>Runs the program with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Invocation invocation;
        try
        {
            invocation = Arguments.Parse(args);
        }
        catch (UsageException e)
        {
            stderr.Write("VirtMachine: " + e.Message + "\nTry 'VirtMachine --help' for more information.\n");
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
            foreach (var type in MachineType.All)
            {
                stdout.Write(type.Name.PadRight(20) + " " + type.Description + "\n");
            }

            return Success;
        }

        var json = invocation.Format == OutputFormat.Json;
        if (!VirtMachine.TryPlan(invocation.Config, out var layout, out var error))
        {
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
                JsonWriter.Write(stdout, layout);
                break;
            case OutputFormat.Dts:
                DtsWriter.Write(stdout, invocation.Config, layout);
                break;
            case OutputFormat.Svg:
                return SvgFile.TryWrite(invocation.SvgPath!, VirtPicture.Of(invocation.Config, layout), out var problem)
                    ? Success
                    : Fail(stderr, problem);
            default:
                TableWriter.Write(stdout, invocation.Config, layout);
                break;
        }

        return Success;
    }

    private static int Fail(TextWriter stderr, string problem)
    {
        stderr.Write("VirtMachine: " + problem + "\n");
        return BadArguments;
    }
}
