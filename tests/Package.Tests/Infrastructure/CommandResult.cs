using System;
using System.Globalization;
using Xunit;

namespace Package.Tests.Infrastructure;

/// <summary>What one <c>dotnet</c> command did: its exit code and its interleaved stdout and stderr.</summary>
internal sealed record CommandResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command, where it ran, how it ended and everything it printed: the body of every failure message.</summary>
    public string Describe() =>
        $"`{Command}` in {WorkingDirectory} exited with {ExitCode} after "
        + Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s. Output:\n" + Output;

    public CommandResult ShouldSucceed()
    {
        if (!Succeeded)
        {
            Assert.Fail(Describe());
        }

        return this;
    }

    public CommandResult ShouldFail()
    {
        if (Succeeded)
        {
            Assert.Fail("Expected a failure. " + Describe());
        }

        return this;
    }
}
