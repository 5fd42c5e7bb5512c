using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MemmapGen.Fuzz.Tests.Generation;

namespace MemmapGen.Fuzz.Tests;

/// <summary>Counts for the report: cases, valid share, what each kind of malformation led to.</summary>
internal sealed class FuzzStats
{
    private readonly Dictionary<string, int> _kinds = new();
    private readonly Dictionary<string, int> _analyzerErrors = new();
    private readonly Dictionary<string, int> _generatedErrors = new();
    private readonly Dictionary<string, int> _meantValidButRejected = new();
    private readonly Dictionary<string, int> _firstSeed = new();

    public int Cases { get; private set; }

    public int Valid { get; private set; }

    public int MeantValid { get; private set; }

    public int Probed { get; private set; }

    public int WithBaseline { get; private set; }

    public int MembersFromSyntax { get; private set; }

    public int Members { get; private set; }

    public double ValidShare => Cases == 0 ? 0 : (double)Valid / Cases;

    public void Add(FuzzCase fuzzCase, Outcome outcome)
    {
        Cases++;
        Valid += outcome.Valid ? 1 : 0;
        MeantValid += fuzzCase.MeantValid ? 1 : 0;
        Probed += outcome.Probed ? 1 : 0;
        WithBaseline += fuzzCase.AdditionalFiles.Count > 0 ? 1 : 0;
        MembersFromSyntax += outcome.MembersFromSyntax;
        Members += outcome.Members;
        foreach (var kind in fuzzCase.Kinds.Distinct())
        {
            Bump(_kinds, kind);
        }

        foreach (var id in outcome.AnalyzerErrorIds)
        {
            Bump(_analyzerErrors, id);
            if (fuzzCase.MeantValid)
            {
                Bump(_meantValidButRejected, id);
            }
        }

        foreach (var id in outcome.GeneratedCodeErrorIds.Distinct())
        {
            Bump(_generatedErrors, id);
            _firstSeed.TryAdd(id, fuzzCase.Seed);
        }
    }

    public string Summary()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Cases} cases, {Valid} valid ({ValidShare:P1}), {MeantValid} unmutated, {Probed} planners run by a probe, {WithBaseline} with baseline files; {MembersFromSyntax} of {Members} members read from literal syntax, the rest bound\n");
        Append(text, "malformations applied", _kinds);
        Append(text, "cases with an analyzer error, by id", _analyzerErrors);
        Append(text, "unmutated cases rejected, by id", _meantValidButRejected);
        Append(text, "broken cases whose generated code has an error, by id", _generatedErrors);
        text.Append("first seed of each: ").AppendJoin(", ", _firstSeed.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))).Append('\n');
        return text.ToString();
    }

    private static void Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Append(StringBuilder text, string title, Dictionary<string, int> counts)
    {
        text.Append(title).Append(": ");
        text.AppendJoin(", ", counts.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
        text.Append('\n');
    }
}
