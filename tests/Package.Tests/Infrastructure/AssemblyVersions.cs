using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Package.Tests.Infrastructure;

/// <summary>Reads an assembly's attributes from its bytes, without loading it.</summary>
internal static class AssemblyVersions
{
    /// <summary>AssemblyInformationalVersion without the +commit suffix, as the generator reports it; null when absent.</summary>
    public static string? InformationalVersion(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference
                || metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "AssemblyInformationalVersionAttribute")
            {
                continue;
            }

            // Blob: prolog 0x0001, then the one string argument.
            var blob = metadata.GetBlobReader(attribute.Value);
            blob.ReadUInt16();
            return blob.ReadSerializedString()?.Split('+')[0];
        }

        return null;
    }
}
