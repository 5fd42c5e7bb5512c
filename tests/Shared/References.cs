using System.Collections.Immutable;
using System.Threading;
using MemmapGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MemmapGen.Testing;

/// <summary>What user code compiles against: the .NET 8 reference assemblies plus the MemmapGen runtime.</summary>
internal static class References
{
    private static ImmutableArray<MetadataReference> s_net80;

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(MemRange).Assembly.Location);

    /// <summary>.NET 8 reference assemblies and the runtime, resolved once per test run.</summary>
    public static ImmutableArray<MetadataReference> All
    {
        get
        {
            if (s_net80.IsDefault)
            {
                var resolved = ReferenceAssemblies.Net.Net80
                    .ResolveAsync(LanguageNames.CSharp, CancellationToken.None)
                    .GetAwaiter().GetResult();
                ImmutableInterlocked.InterlockedInitialize(ref s_net80, resolved.Add(Runtime));
            }

            return s_net80;
        }
    }
}
