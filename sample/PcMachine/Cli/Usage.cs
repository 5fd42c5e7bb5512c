namespace Sample.Pc.Cli;

/// <summary>The <c>--help</c> text.</summary>
public static class Usage
{
    /// <summary>Usage, options and exit codes.</summary>
    public const string Text =
        """
        Usage: PcMachine [-M MACHINE[,PROPERTY=VALUE...]] [-m SIZE[,maxmem=SIZE][,slots=N]]
                         [-cpu qemu64[,PROPERTY=VALUE...]] [-global DRIVER.PROPERTY=VALUE...] [--json|--e820|--svg FILE]

        Prints the guest-physical memory map of QEMU's x86 pc or q35 machine for these options,
        or the error QEMU would stop with.

          -M [type=]MACHINE[,PROPERTY=VALUE...]
                Machine type: pc or q35 (the newest versions), or a version such as pc-i440fx-7.0
                or pc-q35-8.1 (-M help lists what QEMU registers, 5.1 and newer; 2.8 to 5.0 are still
                defined in QEMU's source and accepted too), and its properties:
                  max-ram-below-4g=SIZE             most RAM below 4 GiB, at most 4G (bytes without suffix)
                  enforce-amd-1tb-hole=on|off       AMD guests keep RAM out of [1012 GiB, 1 TiB) (on from 7.1)
                  broken-32bit-mem-addr-check=on|off a 32-bit CPU is checked against 2^phys-bits (on up to 8.1)
                  gigabyte-align=on|off             pc caps RAM below 4 GiB at 3 GiB when it splits (on)
          -m [size=]SIZE[,maxmem=SIZE][,slots=N]
                RAM size (default 128M), maximum RAM including hot-pluggable memory, hot-plug slots.
                SIZE is read as QEMU reads it: a suffix B, K, M, G, T, P or E (binary, any case),
                fractions such as 1.5G, or 0x hex bytes. A RAM size without suffix is in MiB
                (-m 2048 is 2 GiB); maxmem without suffix is in bytes, as in QEMU.
          -cpu qemu64[,vendor=VENDOR][,lm=on|off][,phys-bits=N]
                The guest CPU: its 12-character CPUID vendor (default AuthenticAMD, as qemu64),
                long mode (default on) and physical-address width, 32 to 52 (default 40). With lm=off
                QEMU fixes phys-bits at 36; phys-bits=32 here plans a 32-bit CPU without PAE.
          -global i440FX-pcihost.PROPERTY=VALUE, -global q35-pcihost.PROPERTY=VALUE
                The host bridge's 64-bit PCI hole: pci-hole64-size=SIZE (default 2G for pc, 32G for
                q35; bytes without suffix) and x-pci-hole64-fix=on|off (advertise it; on from 2.11).
                A global for the other machine's bridge is ignored, as in QEMU.
          --json
                Print one JSON object instead of the table.
          --e820
                Print only the e820 table the firmware is given, in QEMU's order, one entry a line.
          --svg FILE
                Write an SVG picture of the map to FILE instead of printing the table (QEMU's
                warnings still go to standard error): every range as a labelled rectangle on an
                address axis whose heights grow with log2 of each range's size, devices beside the
                hole that contains them, a 64-bit hole that is not advertised dashed and grey.
          -h, --help
                Print this help.

        Exit status: 0 when the map is planned, 1 when QEMU would refuse it (its message is printed,
        as {"error": ...} with --json), 2 for arguments that cannot be used (or an --svg FILE
        that cannot be written).

        """;
}
