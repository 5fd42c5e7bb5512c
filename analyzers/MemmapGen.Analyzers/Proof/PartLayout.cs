namespace MemmapGen.Analyzers.Proof;

/// <summary>What a planned part is: a bank, device memory, a window as planned or as advertised, or a gap.</summary>
internal enum PartKind
{
    Bank,
    DeviceMemory,
    Window,
    Advertised,
    Gap,
}

/// <summary>
/// The numbering of a banked plan's parts, in one flat array: banks, device memory, windows as planned, windows as
/// advertised, gaps.
/// </summary>
internal sealed class PartLayout
{
    private readonly int _banks;
    private readonly int _windows;

    public PartLayout(BankedFacts facts)
    {
        _banks = facts.Banks.Length;
        _windows = facts.Windows.Length;
        Count = _banks + 1 + (2 * _windows) + facts.Gaps.Length;
    }

    public int Count { get; }

    public int DeviceMemory => _banks;

    public int Bank(int index) => index;

    public int Window(int index) => _banks + 1 + index;

    public int Advertised(int index) => _banks + 1 + _windows + index;

    public int Gap(int index) => _banks + 1 + (2 * _windows) + index;

    public (PartKind Kind, int Index) Describe(int part) =>
        part < _banks ? (PartKind.Bank, part)
        : part == _banks ? (PartKind.DeviceMemory, 0)
        : part <= _banks + _windows ? (PartKind.Window, part - _banks - 1)
        : part <= _banks + (2 * _windows) ? (PartKind.Advertised, part - _banks - 1 - _windows)
        : (PartKind.Gap, part - _banks - 1 - (2 * _windows));
}
