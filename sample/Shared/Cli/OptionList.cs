using System.Collections.Generic;

namespace Sample.Cli;

/// <summary>
/// The <c>key=value,key=value</c> lists of QEMU's <c>-m</c>, <c>-M</c> and <c>-cpu</c>. The first item may omit its key
/// (<c>-m 4G</c> is <c>-m size=4G</c>, <c>-M virt</c> is <c>-M type=virt</c>). Repeated options merge, the
/// later value of a key winning, as QEMU merges them.
/// </summary>
public sealed class OptionList
{
    private readonly Dictionary<string, string> _values = new();
    private readonly List<string> _order = new();

    /// <summary>Creates an empty list for option <paramref name="option"/> whose first item may omit <paramref name="impliedKey"/>.</summary>
    public OptionList(string option, string impliedKey)
    {
        Option = option;
        ImpliedKey = impliedKey;
    }

    /// <summary>The option, e.g. <c>-m</c>.</summary>
    public string Option { get; }

    /// <summary>The key of a first item given without one.</summary>
    public string ImpliedKey { get; }

    /// <summary>The keys given, in first-seen order.</summary>
    public IReadOnlyList<string> Keys => _order;

    /// <summary>Adds the items of one occurrence of the option.</summary>
    public void Add(string text)
    {
        if (text.Length == 0)
        {
            throw new UsageException($"option '{Option}' needs a value");
        }

        var items = text.Split(',');
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var equals = item.IndexOf('=');
            if (item.Length == 0 || equals == 0)
            {
                throw new UsageException($"{Option} {text}: expected a parameter before ','");
            }

            if (equals < 0 && i > 0)
            {
                throw new UsageException($"{Option} {text}: expected '=' after parameter '{item}'");
            }

            Set(equals < 0 ? ImpliedKey : item.Substring(0, equals), equals < 0 ? item : item.Substring(equals + 1));
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when it was not given.</summary>
    public string? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

    private void Set(string key, string value)
    {
        if (!_values.ContainsKey(key))
        {
            _order.Add(key);
        }

        _values[key] = value;
    }
}
