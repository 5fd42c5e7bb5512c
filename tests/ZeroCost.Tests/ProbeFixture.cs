using Xunit;

namespace ZeroCost.Tests;

/// <summary>
/// Builds and runs the probe once for every test class that reads it: the classes share one collection, because two
/// builds of the probe at once would write the same output files.
/// </summary>
public sealed class ProbeFixture
{
    public ProbeRun Run { get; } = ProbeRun.Start();
}

/// <summary>The test classes that read the probe's disassembly; xunit gives them one <see cref="ProbeFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ProbeCollection : ICollectionFixture<ProbeFixture>
{
    public const string Name = "Probe";
}
