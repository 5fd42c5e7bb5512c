using System;
using System.Collections.Generic;
using System.Globalization;
using Sample.Cli;

namespace Sample.Virt.Cli;

/// <summary>How the map is printed.</summary>
public enum OutputFormat
{
    /// <summary>A readable table.</summary>
    Table,

    /// <summary>One JSON object.</summary>
    Json,

    /// <summary>Device-tree source for the memory-map parts of the machine.</summary>
    Dts,

    /// <summary>An SVG picture of the map, written to <see cref="Invocation.SvgPath"/>.</summary>
    Svg,
}

/// <summary>A parsed command line: the machine configuration and what to print.</summary>
/// <param name="Config">The checked machine configuration.</param>
/// <param name="Format">Table, JSON, device-tree source or SVG.</param>
/// <param name="Help">True when <c>--help</c> was given: print usage and nothing else.</param>
/// <param name="ListMachines">True for <c>-M help</c>: list the machine types and nothing else.</param>
/// <param name="SvgPath">The file <c>--svg</c> names (set when <paramref name="Format"/> is <see cref="OutputFormat.Svg"/>).</param>
public sealed record Invocation(MachineConfig Config, OutputFormat Format, bool Help, bool ListMachines = false, string? SvgPath = null);

/// <summary>Parses the command line: <c>-m</c>, <c>-M</c>, <c>-smp</c>, <c>--pa-bits</c>, <c>--json</c>, <c>--dts</c>, <c>--svg</c>, <c>--help</c>.</summary>
public static class Arguments
{
    /// <summary>Lowest and highest <c>--pa-bits</c>: below 32 the fixed low map itself would not fit.</summary>
    public const int MinPaBits = 32, MaxPaBits = 64;

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> for anything QEMU would refuse while parsing options.</summary>
    public static Invocation Parse(IReadOnlyList<string> args)
    {
        var memory = new OptionList("-m", "size");
        var machine = new OptionList("-M", "type");
        var smp = new OptionList("-smp", "cpus");
        var paBits = new MachineConfig().PaBits;
        var format = OutputFormat.Table;
        string? svgPath = null;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var inline = SplitInline(ref arg);
            switch (arg)
            {
                case "-m":
                    memory.Add(Value(args, ref i, arg, inline));
                    break;
                case "-M" or "-machine" or "--machine":
                    machine.Add(Value(args, ref i, arg, inline));
                    break;
                case "-smp" or "--smp":
                    smp.Add(Value(args, ref i, arg, inline));
                    break;
                case "--pa-bits":
                    paBits = PaBits(Value(args, ref i, arg, inline));
                    break;
                case "--json" when inline is null:
                    format = OutputFormat.Json;
                    break;
                case "--dts" when inline is null:
                    format = OutputFormat.Dts;
                    break;
                case "--svg":
                    // Like --json and --dts, the last output option wins.
                    (format, svgPath) = (OutputFormat.Svg, SvgPath(Value(args, ref i, arg, inline)));
                    break;
                case "-h" or "--help" when inline is null:
                    help = true;
                    break;
                default:
                    throw new UsageException($"unknown argument '{args[i]}'");
            }
        }

        if (machine["type"] == "help")
        {
            return new Invocation(new MachineConfig(), format, help, ListMachines: true, SvgPath: svgPath);
        }

        var config = MachineOption.Apply(machine, new MachineConfig { PaBits = paBits });
        config = MemoryOption.Apply(memory, config);
        config = SmpOption.Apply(smp, config);
        return new Invocation(config, format, help, SvgPath: format == OutputFormat.Svg ? svgPath : null);
    }

    // "--pa-bits=40": long options may carry their value after '='.
    private static string? SplitInline(ref string arg)
    {
        var equals = arg.IndexOf('=');
        if (!arg.StartsWith("--", StringComparison.Ordinal) || equals < 0)
        {
            return null;
        }

        var value = arg.Substring(equals + 1);
        arg = arg.Substring(0, equals);
        return value;
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option, string? inline)
    {
        if (inline is not null)
        {
            return inline;
        }

        if (i + 1 >= args.Count)
        {
            throw new UsageException($"option '{option}' needs a value");
        }

        return args[++i];
    }

    private static string SvgPath(string path) =>
        path.Length != 0 ? path : throw new UsageException("--svg expects a file name");

    private static int PaBits(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) && bits is >= MinPaBits and <= MaxPaBits
            ? bits
            : throw new UsageException($"--pa-bits expects a number of bits from {MinPaBits} to {MaxPaBits}, not '{text}'");
}
