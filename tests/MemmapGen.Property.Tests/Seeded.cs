using System;
using CsCheck;

namespace MemmapGen.Property.Tests;

/// <summary>
/// Deterministic sampling: value i comes from its own seed (stream, first + i), so a run is reproducible. On a failure
/// CsCheck starts from that seed and shrinks, and the smallest counterexample it finds is reported.
/// </summary>
internal static class Seeded
{
    private const uint Stream = 1;

    public static string SeedOf(ulong value) => new PCG(Stream, value).ToString();

    public static void ForAll<T>(Gen<T> gen, int count, ulong first, Action<T> check, Func<T, string> print)
    {
        for (var i = 0UL; i < (ulong)count; i++)
        {
            var seed = SeedOf(first + i);
            var value = gen.Generate(PCG.Parse(seed), null, out _);
            try
            {
                check(value);
            }
            catch (Exception failure) when (failure is not CsCheckException)
            {
                // Throws CsCheckException with the shrunk example; if shrinking cannot reproduce it, report the original.
                gen.Sample(check, seed: seed, iter: 500, threads: 1, print: print);
                throw new InvalidOperationException($"seed {seed}: {print(value)}\n{failure.Message}", failure);
            }
        }
    }
}
