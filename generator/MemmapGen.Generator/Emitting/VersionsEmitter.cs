using System.Collections.Generic;
using MemmapGen.Generator.Planning;

namespace MemmapGen.Generator.Emitting;

/// <summary>Emits the machine-version lookups of a map that declares versions.</summary>
internal static class VersionsEmitter
{
    public static void Emit(CodeWriter w, EmitContext c)
    {
        var versions = c.Map.Versions;
        var type = c.Map.VersionType;
        if (type is null || versions.Count == 0)
        {
            return;
        }

        string Member(int ordinal) => type + "." + MemberNames.Identifier(versions[ordinal].Member);

        w.Line();
        w.SummaryXml("Number of machine versions (members of <see cref=\"" + type + "\"/>), oldest first.");
        w.Line("public const int VersionCount = " + versions.Count + ";");
        w.Line();
        w.SummaryXml("The newest machine version, " + CodeWriter.Escape(versions[versions.Count - 1].Name) + ": what a plan uses when it names none.");
        w.Line("public const " + type + " LatestVersion = " + Member(versions.Count - 1) + ";");

        w.Line();
        w.Summary("The position of a machine version, oldest first, or -1 for a value that names no version.");
        using (w.Block("public static int VersionOrdinal(" + type + " version)"))
        {
            using (w.Block("switch (version)"))
            {
                var seen = new HashSet<string>();
                foreach (var version in versions)
                {
                    if (seen.Add(version.Value))
                    {
                        w.Line("case " + Member(version.Ordinal) + ": return " + version.Ordinal + ";");
                    }
                }

                w.Line("default: return -1;");
            }
        }

        w.Line();
        w.Summary("The machine version at a position (0 .. VersionCount - 1).");
        using (w.Block("public static " + type + " VersionFromOrdinal(int ordinal)"))
        {
            using (w.Block("switch (ordinal)"))
            {
                foreach (var version in versions)
                {
                    w.Line("case " + version.Ordinal + ": return " + Member(version.Ordinal) + ";");
                }

                w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(ordinal));");
            }
        }

        w.Line();
        w.Summary("A machine version's name as declared by [MachineVersion].");
        w.Line("public static string VersionName(" + type + " version) => VersionOrdinal(version) is var i && i >= 0 ? VersionNames(i) : version.ToString();");
        w.Line();
        using (w.Block("private static string VersionNames(int ordinal)"))
        {
            using (w.Block("switch (ordinal)"))
            {
                foreach (var version in versions)
                {
                    w.Line("case " + version.Ordinal + ": return " + Literals.String(version.Name) + ";");
                }

                w.Line("default: return string.Empty;");
            }
        }

        w.Line();
        w.Summary("Finds a machine version by its declared name (ordinal comparison).");
        using (w.Block("public static bool TryParseVersion(string? name, out " + type + " version)"))
        {
            using (w.Block("for (int i = 0; i < VersionCount; i++)"))
            {
                using (w.Block("if (VersionNames(i) == name)"))
                {
                    w.Line("version = VersionFromOrdinal(i);");
                    w.Line("return true;");
                }
            }

            w.Line();
            w.Line("version = default;");
            w.Line("return false;");
        }

        w.Line();
        w.Summary("The floating layout a machine version plans with unless a plan overrides it.");
        using (w.Block("public static global::MemmapGen.FloatingLayout VersionLayout(" + type + " version)"))
        {
            var legacy = new List<string>();
            var seen = new HashSet<string>();
            foreach (var version in versions)
            {
                if (seen.Add(version.Value) && version.IsLegacy)
                {
                    legacy.Add(Member(version.Ordinal));
                }
            }

            if (legacy.Count == 0)
            {
                w.Line("return global::MemmapGen.FloatingLayout.Compact;");
            }
            else
            {
                using (w.Block("switch (version)"))
                {
                    foreach (var member in legacy)
                    {
                        w.Line("case " + member + ":");
                    }

                    w.Line("    return global::MemmapGen.FloatingLayout.Legacy;");
                    w.Line("default:");
                    w.Line("    return global::MemmapGen.FloatingLayout.Compact;");
                }
            }
        }
    }
}
