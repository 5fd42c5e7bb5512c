using System;

namespace MemmapGen;

/// <summary>Thrown by a generated <c>Plan</c> method; <see cref="Error"/> holds the typed reason.</summary>
public sealed class MemmapPlanException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public MemmapPlanException(PlanError error)
        : base(error.Message) => Error = error;

    /// <summary>The typed reason.</summary>
    public PlanError Error { get; }
}
