using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MemmapGen.Property.Tests.Infrastructure;

/// <summary>What generated planners compile against: the .NET 8 reference assemblies plus the MemmapGen runtime.</summary>
internal static class References
{
    private static ImmutableArray<MetadataReference> s_all;

    public static ImmutableArray<MetadataReference> All
    {
        get
        {
            if (s_all.IsDefault)
            {
                var resolved = ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
                ImmutableInterlocked.InterlockedInitialize(ref s_all, resolved.Add(MetadataReference.CreateFromFile(typeof(MemRange).Assembly.Location)));
            }

            return s_all;
        }
    }
}
