using System.Collections.Generic;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits the machine-version lookups of a map that declares versions.</summary>
internal static class VersionsEmitter
{
    public static void Emit(CodeWriter writer, EmitContext context)
    {
        var versions = context.Map.Versions;
        if (context.VersionType is not { } type)
        {
            return;
        }

        string Member(VersionSpec version) => $"{type}.{MemberNames.Identifier(version.Member)}";

        var latest = versions[versions.Count - 1];
        writer.Line();
        writer.SummaryXml($"Number of machine versions (members of <see cref=\"{type}\"/>), oldest first.");
        writer.Line($"public const int VersionCount = {versions.Count};");
        writer.Line();
        writer.SummaryXml($"The newest machine version, {CodeWriter.Escape(latest.Name)}: what a plan uses when it names none.");
        writer.Line($"public const {type} LatestVersion = {Member(latest)};");

        writer.Line();
        writer.Summary("The position of a machine version, oldest first, or -1 for a value that names no version.");
        using (writer.Block($"public static int VersionOrdinal({type} version)"))
        using (writer.Block("switch (version)"))
        {
            foreach (var version in FirstOfEachValue(versions))
            {
                writer.Line($"case {Member(version)}: return {version.Ordinal};");
            }

            writer.Line("default: return -1;");
        }

        writer.Line();
        writer.Summary("The machine version at a position (0 .. VersionCount - 1).");
        using (writer.Block($"public static {type} VersionFromOrdinal(int ordinal)"))
        using (writer.Block("switch (ordinal)"))
        {
            foreach (var version in versions)
            {
                writer.Line($"case {version.Ordinal}: return {Member(version)};");
            }

            writer.Line($"default: throw new {TypeNames.ArgumentOutOfRangeException}(nameof(ordinal));");
        }

        writer.Line();
        writer.Summary("A machine version's name as declared by [MachineVersion].");
        writer.Lines($"""
            public static string VersionName({type} version) =>
                VersionOrdinal(version) is var i && i >= 0 ? VersionNames(i) : version.ToString();
            """);
        writer.Line();
        using (writer.Block("private static string VersionNames(int ordinal)"))
        using (writer.Block("switch (ordinal)"))
        {
            foreach (var version in versions)
            {
                writer.Line($"case {version.Ordinal}: return {Literals.String(version.Name)};");
            }

            writer.Line("default: return string.Empty;");
        }

        writer.Line();
        writer.Summary("Finds a machine version by its declared name (ordinal comparison).");
        writer.Lines($$"""
            public static bool TryParseVersion(string? name, out {{type}} version)
            {
                for (int i = 0; i < VersionCount; i++)
                {
                    if (VersionNames(i) == name)
                    {
                        version = VersionFromOrdinal(i);
                        return true;
                    }
                }

                version = default;
                return false;
            }
            """);

        writer.Line();
        writer.Summary("The floating layout a machine version plans with unless a plan overrides it.");
        using (writer.Block($"public static {TypeNames.FloatingLayout} VersionLayout({type} version)"))
        {
            var legacy = FirstOfEachValue(versions).FindAll(version => version.IsLegacy);
            if (legacy.Count == 0)
            {
                writer.Line($"return {TypeNames.FloatingLayout}.Compact;");
            }
            else
            {
                using (writer.Block("switch (version)"))
                {
                    foreach (var version in legacy)
                    {
                        writer.Line($"case {Member(version)}:");
                    }

                    writer.Lines($"""
                            return {TypeNames.FloatingLayout}.Legacy;
                        default:
                            return {TypeNames.FloatingLayout}.Compact;
                        """);
                }
            }
        }
    }

    /// <summary>The versions whose value no earlier version has (a switch may name each value once).</summary>
    private static List<VersionSpec> FirstOfEachValue(IReadOnlyList<VersionSpec> versions)
    {
        var values = new HashSet<string>();
        var first = new List<VersionSpec>();
        foreach (var version in versions)
        {
            if (values.Add(version.Value))
            {
                first.Add(version);
            }
        }

        return first;
    }
}
