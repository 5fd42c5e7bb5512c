using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Benchmarks;

// Numbers from implementations that disagree would mean nothing: check first, on every vector and test address.
Agreement.AssertPortMatchesVectors(Vectors.Rows);
var machines = Vectors.DistinctMachines();
Agreement.AssertPlannersAgree(machines);
var addresses = LookupBenchmarks.Addresses(1 << 16);
LookupBenchmarks.AssertLookupsAgree(addresses);
PcAgreement.AssertPortMatchesVectors();
var pcInputs = PcInputs.Distinct();
PcAgreement.AssertPlannersAgree(pcInputs);
Console.WriteLine($"Checked: the QEMU port reproduces {Vectors.Rows.Count} vector rows; it and the generated planner agree on "
    + $"{machines.Count} distinct machines; TryFind and the linear scan agree on {addresses.Length} addresses.");
Console.WriteLine($"Checked: the QEMU x86 port reproduces {PcInputs.Rows.Count} vector rows; it, the lean port and the generated "
    + $"pc and q35 planners agree on {pcInputs.Count} distinct inputs.");

if (args.Contains("--check"))
    return;

// --quick: the short job over every benchmark unless a job or filter is given; everything else goes to BenchmarkDotNet.
if (args.Contains("--quick"))
{
    args = args.Where(arg => arg != "--quick").ToArray();
    if (!args.Any(arg => arg is "--job" or "-j"))
        args = args.Concat(new[] { "--job", "short" }).ToArray();
    if (!args.Any(arg => arg is "--filter" or "-f"))
        args = args.Concat(new[] { "--filter", "*" }).ToArray();
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
