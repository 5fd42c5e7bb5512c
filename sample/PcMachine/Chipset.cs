namespace Sample.Pc;

/// <summary>The two x86 PC machine families: their RAM split, host bridge and defaults differ.</summary>
public enum Chipset
{
    /// <summary>QEMU's <c>pc</c>: i440FX host bridge with PIIX (<c>pc_init1()</c>, <c>hw/i386/pc_piix.c</c>).</summary>
    I440fx,

    /// <summary>QEMU's <c>q35</c>: Q35 host bridge (MCH) with ICH9 (<c>pc_q35_init()</c>, <c>hw/i386/pc_q35.c</c>).</summary>
    Q35,
}
