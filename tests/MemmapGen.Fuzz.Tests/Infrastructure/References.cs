using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MemmapGen.Fuzz.Tests.Infrastructure;

/// <summary>What user code compiles against: the .NET 8 reference assemblies plus the MemmapGen runtime, resolved once.</summary>
internal static class References
{
    private static ImmutableArray<MetadataReference> s_all;

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(MemRange).Assembly.Location);

    public static ImmutableArray<MetadataReference> All
    {
        get
        {
            if (s_all.IsDefault)
            {
                var resolved = ReferenceAssemblies.Net.Net80
                    .ResolveAsync(LanguageNames.CSharp, CancellationToken.None)
                    .GetAwaiter().GetResult();
                ImmutableInterlocked.InterlockedInitialize(ref s_all, resolved.Add(Runtime));
            }

            return s_all;
        }
    }
}
