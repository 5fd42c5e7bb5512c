namespace Sample.Virt.Cli;

/// <summary>The <c>--help</c> text.</summary>
public static class Usage
{
    /// <summary>Usage, options and exit codes.</summary>
    public const string Text =
        """
        Usage: VirtMachine [-m SIZE[,maxmem=SIZE][,slots=N]] [-M virt[-X.Y][,PROPERTY=VALUE...]] [-smp N] [--pa-bits N] [--json | --dts | --svg FILE]

        Prints the guest-physical memory map of QEMU's Arm virt machine for these options,
        or the error QEMU would stop with.

          -m [size=]SIZE[,maxmem=SIZE][,slots=N]
                RAM size (default 1G), maximum RAM including hot-pluggable memory, hot-plug slots.
                SIZE is read as QEMU reads it: a suffix B, K, M, G, T, P or E (binary, any case),
                fractions such as 1.5G, or 0x hex bytes. A RAM size without suffix is in MiB
                (-m 2048 is 2 GiB); maxmem without suffix is in bytes, as in QEMU.
          -M [type=]virt[-X.Y][,PROPERTY=VALUE...]
                Machine type: 'virt' (the newest version) or a version such as virt-7.1
                (-M help lists virt-2.6 and newer; virt-7.1 and older use the legacy high-memory
                layout, virt-2.12 and older leave high ECAM off by default), and its memory-map properties:
                  highmem=on|off            off limits the whole map to 32 bits
                  compact-highmem=on|off    off reserves space for disabled high regions (legacy layout)
                  highmem-redists=on|off    second GIC redistributor region (64 MiB)
                  highmem-ecam=on|off       high PCIe ECAM (256 MiB)
                  highmem-mmio=on|off       high PCIe MMIO window
                  highmem-mmio-size=SIZE    its size: a power of two, at least 512G (default)
                  gic-version=2|3           interrupt controller (default 2): only the device tree differs
          -smp [cpus=]N
                Number of CPUs, 1 to 512 (default 1): at most 8 with GICv2; with GICv3, more than 123
                need the second redistributor region.
          --pa-bits N
                Physical-address width of the host (KVM IPA limit) or CPU, 32 to 64 (default 40).
          --json
                Print one JSON object instead of the table.
          --dts
                Print device-tree source for the memory-map parts of the machine (memory, flash,
                GIC, UART, RTC, fw-cfg, GPIO, virtio-mmio, platform bus, PCIe), as QEMU builds them
                under TCG; compiles with dtc.
          --svg FILE
                Write an SVG picture of the map to FILE instead of printing the table (nothing
                goes to standard output): every region as a labelled rectangle on an address axis
                whose heights grow with log2 of each range's size, disabled regions dashed and grey.
          -h, --help
                Print this help.

        Exit status: 0 when the map is planned, 1 when QEMU would refuse it (its message is printed,
        as {"error": ...} with --json), 2 for arguments that cannot be used (or an --svg FILE
        that cannot be written).

        """;
}
