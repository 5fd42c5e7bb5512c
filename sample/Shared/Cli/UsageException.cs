using System;

namespace Sample.Cli;

/// <summary>The command line cannot be understood, or QEMU would refuse it while parsing options (exit code 2).</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public UsageException(string message)
        : base(message)
    {
    }
}
