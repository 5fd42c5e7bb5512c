using System;
using System.IO;
using System.Security;

namespace Package.Tests.Infrastructure;

/// <summary>A scratch directory where consumer projects are created, with the test feed added to the NuGet sources.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly ScratchDirectory _scratch;

    public Workspace(PackedPackage package, ScratchDirectory scratch)
    {
        Package = package;
        _scratch = scratch;
        // Added, not replacing: the projects' other dependencies still come from the configured sources.
        File.WriteAllText(scratch.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="memmapgen-test-feed" value="{SecurityElement.Escape(package.Feed)}" />
              </packageSources>
            </configuration>
            """);
    }

    public PackedPackage Package { get; }

    public string Path => _scratch.Path;

    /// <summary><c>dotnet new console</c> (or classlib), retargeted to net8.0, the oldest .NET the package supports.</summary>
    public ConsumerProject NewProject(string name, string template = "console") => ConsumerProject.Create(this, name, template);

    public void Dispose() => _scratch.Dispose();
}
