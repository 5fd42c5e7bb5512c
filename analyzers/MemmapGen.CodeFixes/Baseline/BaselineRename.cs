using Microsoft.CodeAnalysis;

namespace MemmapGen.CodeFixes.Baseline;

/// <summary>A shipped floating region of <see cref="Map"/> renamed in source, as an MMG0105 diagnostic reports it.</summary>
internal readonly record struct BaselineRename(string Map, string OldName, string NewName)
{
    public static BaselineRename? Read(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("Map", out var map) && map is not null
        && diagnostic.Properties.TryGetValue("OldName", out var oldName) && oldName is not null
        && diagnostic.Properties.TryGetValue("NewName", out var newName) && newName is not null
            ? new BaselineRename(map, oldName, newName)
            : null;
}
