using System;
using MemmapGen;
using Sample.Virt;

var layout = VirtMemmap.Plan(new VirtMemmap.PlanOptions { RamSize = 4UL << 30, PhysAddrBits = 40 });
Console.Write(layout.Format());
Console.WriteLine(VirtMemmap.Get(VirtRegion.GicCpu));
