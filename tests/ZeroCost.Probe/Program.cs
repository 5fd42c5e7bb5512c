using System;
using System.Globalization;
using Sample.Pc;
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
Print(nameof(Probes.ConstQ35IoApicBase), Probes.ConstQ35IoApicBase());
Print(nameof(Probes.GetQ35IoApicBase), Probes.GetQ35IoApicBase());
Print(nameof(Probes.GetQ35IoApicSize), Probes.GetQ35IoApicSize());
Print(nameof(Probes.GetQ35HyperTransportBase), Probes.GetQ35HyperTransportBase());
Print(nameof(Probes.PropertyQ35HyperTransportLast), Probes.PropertyQ35HyperTransportLast());
Print(nameof(Probes.GetPcHyperTransportSize), Probes.GetPcHyperTransportSize());

// A q35 plan whose numbers the test knows: 8 GiB split 2 + 6 GiB, 8 GiB of hot-plug memory in 4 slots.
var options = new Q35Memmap.PlanOptions { RamSize = 8UL << 30, MaxRamSize = 16UL << 30, RamSlots = 4, PhysAddrBits = 40 };
var layout = Q35Memmap.Plan(in options);
Print(nameof(Probes.LayoutHighRamBase), Probes.LayoutHighRamBase(in layout));
Print(nameof(Probes.LayoutPciHoleSize), Probes.LayoutPciHoleSize(in layout));
Print(nameof(Probes.LayoutLastUsedGpa), Probes.LayoutLastUsedGpa(in layout));
Print(nameof(Probes.LayoutDeviceMemoryEnd), Probes.LayoutDeviceMemoryEnd(in layout));
Print(nameof(Probes.PlanAllocatedBytes), Probes.PlanAllocatedBytes());

static void Print(string name, ulong value) =>
    Console.WriteLine(name + "=0x" + value.ToString("X", CultureInfo.InvariantCulture));
