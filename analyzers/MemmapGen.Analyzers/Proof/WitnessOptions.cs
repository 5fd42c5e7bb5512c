using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// A witness as the plan options that reproduce it, named as the generated <c>PlanOptions</c> names them, in the order
/// they are added: numbers in hex (a C# literal), widths in decimal, switches as <c>true</c>/<c>false</c>.
/// </summary>
internal sealed class WitnessOptions
{
    private readonly List<KeyValuePair<string, string?>> _options = new();

    public WitnessOptions Hex(string option, ulong value) => Add(option, AddressText.Hex(value));

    public WitnessOptions Number(string option, long value) => Add(option, value.ToString(CultureInfo.InvariantCulture));

    public WitnessOptions Switch(string option, bool value) => Add(option, value ? "true" : "false");

    public WitnessOptions Add(string option, string value)
    {
        _options.Add(new KeyValuePair<string, string?>(option, value));
        return this;
    }

    /// <summary>"RamSize = 0x..., PhysAddrBits = 40": what the message shows.</summary>
    public override string ToString() => string.Join(", ", _options.Select(static o => o.Key + " = " + o.Value));

    /// <summary>The diagnostic's properties: each option under its name, prefixed so that tests and tools find them.</summary>
    public ImmutableDictionary<string, string?> ToProperties() =>
        _options.ToImmutableDictionary(static o => Prefix + o.Key, static o => o.Value);

    /// <summary>The prefix of witness properties on a diagnostic.</summary>
    public const string Prefix = "Witness.";
}
