using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace Sample.Output;

/// <summary>Writes <c>--svg FILE</c>, turning the errors a file name can cause into a message for the user.</summary>
public static class SvgFile
{
    /// <summary>Writes the picture to <paramref name="path"/>; on failure returns false and says why.</summary>
    public static bool TryWrite(string path, MapPicture picture, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            SvgMap.Write(path, picture);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = "cannot write '" + path + "': " + e.Message;
            return false;
        }
    }
}
