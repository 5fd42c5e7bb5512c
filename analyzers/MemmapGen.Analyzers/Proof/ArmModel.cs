using MemmapGen.Analyzers.Geometry;
using MemmapGen.Generator.Model;

namespace MemmapGen.Analyzers.Proof;

/// <summary>
/// The generated planner of a map with one RAM block (Emitting/PlannerEmitter), for plans without hot-plug memory and
/// with every option at its default (the newest version, its layout, the regions it requests): RAM at its base, the
/// floating area from the end of memory or the top of the RAM window, each floating region aligned and enabled when it
/// fits the width; legacy layouts reserve space for a region that does not fit, compact ones do not.
/// </summary>
internal sealed class ArmModel
{
    private readonly MapSpec _map;
    private readonly int _newest;
    private readonly bool _legacy;

    public ArmModel(MapSpec map)
    {
        _map = map;
        _newest = map.Versions.Count - 1;
        _legacy = _newest >= 0 && map.Versions[_newest].IsLegacy;
    }

    /// <summary>
    /// Plans <paramref name="ram"/> bytes of RAM at <paramref name="bits"/>; false when the plan fails. Enabled floating
    /// regions are passed to <paramref name="placed"/> as (ordinal, base, last).
    /// </summary>
    public bool Plan(ulong ram, int bits, System.Action<int, ulong, ulong> placed)
    {
        var spec = _map.Ram!;
        var limit = AddressMath.LastAddress(bits);
        var past = false;
        var ramEnd = Saturating.Add(spec.Base, ram, ref past);
        var memTop = Saturating.AlignUp(ramEnd, spec.DeviceMemoryAlignment, ref past);
        if (past || memTop == ulong.MaxValue || (memTop != 0 && memTop - 1 > limit))
        {
            return false;
        }

        var floor = spec.LegacyLimit > ulong.MaxValue - spec.Base ? ulong.MaxValue : spec.Base + spec.LegacyLimit;
        var next = memTop > floor ? memTop : floor;
        foreach (var region in _map.Regions)
        {
            if (region.Kind != RegionKind.Floating || (region.Since >= 0 && region.Since > _newest))
            {
                continue;
            }

            var overflow = false;
            var regionBase = Saturating.AlignUp(next, region.Alignment != 0 ? region.Alignment : region.Size, ref overflow);
            var last = region.Size == 0 ? regionBase : Saturating.Add(regionBase, region.Size - 1, ref overflow);
            var fits = !overflow && last <= limit;
            var requested = region.EnabledSince < 0 || region.EnabledSince <= _newest;
            var enabled = requested && fits;
            if (enabled)
            {
                placed(region.Ordinal, regionBase, last);
            }

            if (_legacy || enabled)
            {
                if (overflow || last == ulong.MaxValue)
                {
                    break; // nothing fits past 2^64
                }

                next = last + 1;
            }
        }

        return true;
    }
}
