using Xunit;

namespace Package.Tests.Infrastructure;

/// <summary>
/// Every package test shares one packed package and runs one at a time: each drives full dotnet builds, and two
/// cores do not gain from running them side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "MemmapGen package";
}
