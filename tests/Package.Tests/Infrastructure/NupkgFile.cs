using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace Package.Tests.Infrastructure;

/// <summary>Reads a .nupkg: its file list (without the OPC bookkeeping), its nuspec and its files' bytes.</summary>
internal sealed class NupkgFile
{
    private readonly string _path;

    public NupkgFile(string path)
    {
        _path = path;
        using var zip = ZipFile.OpenRead(path);
        Files = zip.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<string> Files { get; }

    public byte[] Read(string entry)
    {
        using var zip = ZipFile.OpenRead(_path);
        using var stream = (zip.GetEntry(entry) ?? throw new FileNotFoundException(entry + " is not in " + _path)).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The nuspec's &lt;metadata&gt;, with the nuspec namespace stripped for easy queries.</summary>
    public XElement Metadata()
    {
        var nuspec = Files.Single(f => f.EndsWith(".nuspec", StringComparison.Ordinal) && !f.Contains('/'));
        var document = XDocument.Load(new MemoryStream(Read(nuspec)));
        foreach (var element in document.Descendants())
        {
            element.Name = element.Name.LocalName;
        }

        return document.Root!.Element("metadata")!;
    }
}
