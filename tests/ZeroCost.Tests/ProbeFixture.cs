namespace ZeroCost.Tests;

/// <summary>Runs the probe once for all tests of a class.</summary>
public sealed class ProbeFixture
{
    public ProbeRun Run { get; } = ProbeRun.Start();
}
