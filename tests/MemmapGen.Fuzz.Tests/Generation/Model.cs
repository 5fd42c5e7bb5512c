using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MemmapGen.Fuzz.Tests.Generation;

/// <summary>
/// A declaration as text pieces, so mutations can swap any argument for something malformed. Valid maps are
/// built from facts (base, size, ...) and rendered here; mutations edit the pieces.
/// </summary>
internal sealed class AttributeModel
{
    public AttributeModel(string name, params string[] positional)
    {
        Name = name;
        Positional.AddRange(positional);
    }

    public string Name { get; set; }

    public List<string> Positional { get; } = new();

    public List<KeyValuePair<string, string>> Named { get; } = new();

    /// <summary>When set, written verbatim between the parentheses (half-typed arguments).</summary>
    public string? RawArguments { get; set; }

    public bool NoParentheses { get; set; }

    public AttributeModel With(string key, string value)
    {
        Named.Add(new KeyValuePair<string, string>(key, value));
        return this;
    }

    public string Render()
    {
        if (NoParentheses)
        {
            return "[" + Name + "]";
        }

        var arguments = RawArguments ?? string.Join(", ", Positional.Concat(Named.Select(n => n.Key + " = " + n.Value)));
        return "[" + Name + "(" + arguments + ")]";
    }
}

/// <summary>What a region is, for the generator of valid maps; mutations may make the text say otherwise.</summary>
internal enum RegionRole
{
    Fixed,
    Ram,
    Floating,
    IndexOnly,
}

internal sealed class RegionModel
{
    public RegionModel(string name, RegionRole role)
    {
        Name = name;
        Role = role;
    }

    public string Name { get; set; }

    public RegionRole Role { get; }

    public string? Value { get; set; }

    public List<AttributeModel> Attributes { get; } = new();

    public ulong Base { get; init; }

    public ulong Size { get; init; }

    public string Render() =>
        string.Concat(Attributes.Select(a => a.Render() + " ")) + Name + (Value is null ? string.Empty : " = " + Value) + ",";
}

/// <summary>A type the map's enum is nested in.</summary>
internal sealed record ContainerModel(string Modifiers, string Keyword, string Name, string TypeParameters = "");

/// <summary>The map's machine-version enum, declared next to it.</summary>
internal sealed class VersionsModel
{
    public VersionsModel(string enumName) => EnumName = enumName;

    public string EnumName { get; set; }

    /// <summary>"public" or "internal": a public map may name internal versions (its companion then is internal).</summary>
    public string Modifiers { get; set; } = "public";

    /// <summary>Each member with the attribute text written before it (empty for none).</summary>
    public List<(string Member, string Attribute)> Members { get; } = new();

    public string Render() =>
        Modifiers + " enum " + EnumName + "\n{\n" + string.Concat(Members.Select(m => "    " + m.Attribute + " " + m.Member + ",\n")) + "}\n";
}

internal enum NamespaceStyle
{
    FileScoped,
    Block,
    Global,
}

internal sealed class MapModel
{
    public string Namespace { get; set; } = "Boards";

    public NamespaceStyle NamespaceStyle { get; set; }

    public List<ContainerModel> Containers { get; } = new();

    public string Modifiers { get; set; } = "public";

    public string EnumName { get; set; } = "BoardRegion";

    public string? Underlying { get; set; }

    /// <summary>The map attribute's name as written (MemoryMap, MemoryMapAttribute, global::MemmapGen.MemoryMap).</summary>
    public string MapAttributeName { get; set; } = "MemoryMap";

    public List<KeyValuePair<string, string>> MapArguments { get; } = new();

    public List<RegionModel> Regions { get; } = new();

    public VersionsModel? Versions { get; set; }

    /// <summary>Other declarations in the same file (constants, a non-map enum, a class).</summary>
    public List<string> Extra { get; } = new();

    /// <summary>What the companion is called when nothing is broken (for reports only).</summary>
    public string CompanionName =>
        MapArguments.FirstOrDefault(a => a.Key == "TypeName").Value?.Trim('"') ?? EnumName + "Map";

    public string Render()
    {
        var text = new StringBuilder("using MemmapGen;\nusing static MemmapGen.Units;\n\n");
        var close = string.Empty;
        switch (NamespaceStyle)
        {
            case NamespaceStyle.FileScoped:
                text.Append("namespace ").Append(Namespace).Append(";\n\n");
                break;
            case NamespaceStyle.Block:
                text.Append("namespace ").Append(Namespace).Append("\n{\n");
                close = "}\n";
                break;
        }

        foreach (var extra in Extra)
        {
            text.Append(extra).Append('\n');
        }

        if (Versions is not null)
        {
            text.Append(Versions.Render());
        }

        foreach (var container in Containers)
        {
            text.Append(container.Modifiers).Append(' ').Append(container.Keyword).Append(' ').Append(container.Name).Append(container.TypeParameters).Append("\n{\n");
        }

        var arguments = MapArguments.Count == 0 ? string.Empty : "(" + string.Join(", ", MapArguments.Select(a => a.Key + " = " + a.Value)) + ")";
        text.Append('[').Append(MapAttributeName).Append(arguments).Append("]\n");
        text.Append(Modifiers).Append(" enum ").Append(EnumName).Append(Underlying is null ? string.Empty : " : " + Underlying).Append("\n{\n");
        foreach (var region in Regions)
        {
            text.Append("    ").Append(region.Render()).Append('\n');
        }

        text.Append("}\n");
        text.Append(string.Concat(Enumerable.Repeat("}\n", Containers.Count)));
        return text.Append(close).ToString();
    }

    public void SetMapArgument(string key, string? value)
    {
        MapArguments.RemoveAll(a => a.Key == key);
        if (value is not null)
        {
            MapArguments.Add(new KeyValuePair<string, string>(key, value));
        }
    }
}
