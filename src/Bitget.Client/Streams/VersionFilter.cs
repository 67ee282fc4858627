namespace Bitget.Client.Streams;

/// <summary>
/// Drops private pushes that carry nothing new: an item older than the last one delivered for its key (by its update
/// time), or equal to it. This is what keeps a re-sent snapshot after a reconnect, or a push that raced a REST resync,
/// from reaching the consumer twice or out of order. Keys are bounded (oldest forgotten first) so memory stays flat.
/// </summary>
internal sealed class VersionFilter<T>(Func<T, string> key, Func<T, long> version, int capacity)
    where T : notnull
{
    private readonly Dictionary<string, (long Version, T Item)> _last = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>The items that are news, in order; remembers them as delivered.</summary>
    public List<T> Apply(IReadOnlyList<T> items)
    {
        var fresh = new List<T>(items.Count);
        foreach (var item in items)
        {
            var k = key(item);
            var v = version(item);
            if (_last.TryGetValue(k, out var seen) && (v < seen.Version || (v == seen.Version && Equals(seen.Item, item))))
            {
                continue;
            }

            Remember(k, v, item);
            fresh.Add(item);
        }

        return fresh;
    }

    /// <summary>The last delivered version of every remembered key (what the consumer holds).</summary>
    public IReadOnlyList<T> Current() => [.. _last.Values.Select(v => v.Item)];

    /// <summary>A REST snapshot replaced the state: it becomes the last delivered version of every key it holds.</summary>
    public void Reset(IReadOnlyList<T> snapshot)
    {
        foreach (var item in snapshot)
        {
            Remember(key(item), version(item), item);
        }
    }

    private void Remember(string k, long v, T item)
    {
        if (!_last.ContainsKey(k))
        {
            _order.Enqueue(k);
            while (_order.Count > capacity)
            {
                _last.Remove(_order.Dequeue());
            }
        }

        _last[k] = (v, item);
    }
}
