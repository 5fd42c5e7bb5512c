using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Emitting;
using MemmapGen.Generator.Model;
using MemmapGen.Generator.Parsing;

namespace MemmapGen.Analyzers.Proof;

/// <summary>Turns a banked finding into what a user reads: the parts, their ranges in the witness plan, and its options.</summary>
internal sealed class BankedWitness
{
    private readonly MapSpec _map;
    private readonly BankedFacts _facts;
    private readonly PartLayout _parts;
    private readonly EmitContext _names;
    private readonly BankedModel _model;

    public BankedWitness(MapSpec map, BankedFacts facts)
    {
        _map = map;
        _facts = facts;
        _parts = new PartLayout(facts);
        _names = new EmitContext(map, string.Empty);
        _model = new BankedModel(facts);
    }

    public ProofFinding ToFinding(BankedFinding finding)
    {
        var point = finding.Point;
        _model.Evaluate(point.Config, point.Ram, point.DeviceSize, point.WindowSizes);
        var options = Options(point);
        var part = Describe(finding.Part);
        var partRange = Range(finding.Part);
        var owner = Owner(finding.Part);
        switch (finding.Kind)
        {
            case BankedFindingKind.Target:
                var target = _map.Regions[finding.Other];
                var targetRange = AddressRange.FromSize(target.Base, target.Size, out _);
                return new ProofFinding(ProofFindingKind.Overlap, finding.Other, KnownNames.BaseArgument, owner, part, partRange,
                    "'" + target.Name + "'", targetRange, options.ToString(), point.Bits, options.ToProperties());
            case BankedFindingKind.Parts:
                // The later part is placed after (or from) the earlier one, so its declaration is where the fix goes.
                return new ProofFinding(ProofFindingKind.Overlap, Owner(finding.Other), null, owner, Describe(finding.Other),
                    Range(finding.Other), part, partRange, options.ToString(), point.Bits, options.ToProperties());
            default:
                return new ProofFinding(ProofFindingKind.PastWidth, owner, null, -1, part, partRange, null, null,
                    options.ToString(), point.Bits, options.ToProperties());
        }
    }

    private WitnessOptions Options(BankedPoint point)
    {
        var config = point.Config;
        var options = new WitnessOptions().Hex("RamSize", point.Ram);
        if (config.Hotplug)
        {
            options.Hex("MaxRamSize", point.MaxRam);
            if (point.Slots != 0)
            {
                options.Number("RamSlots", (long)point.Slots);
            }
        }

        options.Number("PhysAddrBits", point.Bits);
        if (!config.Guest64)
        {
            options.Switch("Guest64Bit", false);
        }

        for (var k = 0; k < _facts.Reserved.Length; k++)
        {
            if (BankedConfig.Has(config.Active, k))
            {
                options.Switch(_names.Names[_facts.Reserved[k].Ordinal].Avoid, true);
            }
        }

        for (var i = 0; i < _facts.Banks.Length; i++)
        {
            var names = _names.Names[_facts.Banks[i].Ordinal];
            if (BankedConfig.Has(config.CapOff, i))
            {
                options.Switch(names.LargeRamLimit, false);
            }

            if (BankedConfig.Has(config.LimitMax, i) && _facts.Banks[i].LargestLimit is { } largest)
            {
                options.Hex(names.Limit, largest);
            }
        }

        for (var j = 0; config.WindowsFree && point.WindowSizes is { } sizes && j < sizes.Length; j++)
        {
            if (sizes[j] != _facts.Windows[j].Size)
            {
                options.Hex(_names.Names[_facts.Windows[j].Ordinal].WindowSize, sizes[j]);
            }
        }

        return options;
    }

    private string Describe(int part)
    {
        var (kind, index) = _parts.Describe(part);
        return kind switch
        {
            PartKind.DeviceMemory => "device memory",
            PartKind.Advertised => "'" + _map.Regions[Owner(part)].Name + "' as advertised",
            _ => "'" + _map.Regions[Owner(part)].Name + "'",
        };
    }

    private AddressRange Range(int part) => new(_model.Base[part], _model.Last[part]);

    /// <summary>The declaration a part comes from: device memory's is the last bank, which declares its policy.</summary>
    private int Owner(int part)
    {
        var (kind, index) = _parts.Describe(part);
        return kind switch
        {
            PartKind.Bank => _facts.Banks[index].Ordinal,
            PartKind.DeviceMemory => _facts.Last.Ordinal,
            PartKind.Window or PartKind.Advertised => _facts.Windows[index].Ordinal,
            _ => _facts.Gaps[index].Ordinal,
        };
    }
}
