using Xunit;

namespace Sample.Virt.Tests.Qemu;

/// <summary>A fact that needs QEMU and dtc: skipped, saying what is missing, where they are not installed.</summary>
public sealed class QemuFactAttribute : FactAttribute
{
    public QemuFactAttribute()
    {
        if (QemuTools.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}
