using System;
using System.Globalization;
using ZeroCost.Probe;

// Calls every probe once (so the JIT compiles it) and prints "name=0xVALUE" for the test to cross-check.
Print(nameof(Probes.GetGicCpuBase), Probes.GetGicCpuBase());
Print(nameof(Probes.GetGicCpuSize), Probes.GetGicCpuSize());
Print(nameof(Probes.GetPcieMmioLast), Probes.GetPcieMmioLast());
Print(nameof(Probes.GetMemWindowSize), Probes.GetMemWindowSize());
Print(nameof(Probes.ConstGicCpuBase), Probes.ConstGicCpuBase());
Print(nameof(Probes.ConstFlashSize), Probes.ConstFlashSize());
Print(nameof(Probes.PropertyUart0Base), Probes.PropertyUart0Base());
Print(nameof(Probes.PackedGicBase), Probes.PackedGicBase());
Print(nameof(Probes.PackedGicSize), Probes.PackedGicSize());

static void Print(string name, ulong value) =>
    Console.WriteLine(name + "=0x" + value.ToString("X", CultureInfo.InvariantCulture));
