namespace Bitget.Simulator.Requests;

/// <summary>Every request the simulator received, for tests that prove how a client behaved (counts, pacing).</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RequestRecord> _records = [];
    private int _pending;

    /// <summary>
    /// Requests that arrived but are not recorded yet. An aborted request's record lands only after the client has
    /// already seen the reset, so tests wait for this to reach zero before counting.
    /// </summary>
    public int Pending => Volatile.Read(ref _pending);

    public IReadOnlyList<RequestRecord> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _records];
            }
        }
    }

    public IReadOnlyList<RequestRecord> For(string path) => All.Where(r => r.Path == path).ToList();

    public int Count(string path) => For(path).Count;

    /// <summary>The most requests to <paramref name="path"/> that fell inside any window of length <paramref name="window"/>.</summary>
    public int MaxInWindow(string path, TimeSpan window)
    {
        var times = For(path).Select(r => r.Time).Order().ToList();
        var best = 0;
        for (int start = 0, end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= window)
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }

    internal void Begin() => Interlocked.Increment(ref _pending);

    internal void Add(RequestRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }

        Interlocked.Decrement(ref _pending);
    }
}
