using System.IO;
using Sample.Pc.Cli;

namespace Sample.Pc.Tests;

/// <summary>Runs the command line in-process.</summary>
internal static class CliRunner
{
    public static (int Exit, string Stdout, string Stderr) Run(Planner planner, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = PcCli.Run(args, stdout, stderr, planner);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
