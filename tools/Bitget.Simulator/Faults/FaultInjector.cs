namespace Bitget.Simulator.Faults;

/// <summary>The active fault rules; the first live rule matching a request's path (and its probability draw) applies.</summary>
public sealed class FaultInjector(Random random)
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private int _holding;

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    /// <summary>Requests currently held by a delay or timeout fault (tests wait for this before advancing a fake clock).</summary>
    public int Holding => Volatile.Read(ref _holding);

    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public FaultRule RateLimit(string path, int? times = 1) => Add(new() { Path = path, Kind = FaultKind.RateLimit, Times = times });

    public FaultRule ServerError(string path, int? times = 1, int statusCode = 503) =>
        Add(new() { Path = path, Kind = FaultKind.ServerError, Times = times, StatusCode = statusCode });

    public FaultRule Timeout(string path, int? times = 1, TimeSpan? maxHold = null) =>
        Add(new() { Path = path, Kind = FaultKind.Timeout, Times = times, Delay = maxHold ?? TimeSpan.FromSeconds(100) });

    public FaultRule Delay(string path, TimeSpan delay, int? times = 1) =>
        Add(new() { Path = path, Kind = FaultKind.Delay, Times = times, Delay = delay });

    public FaultRule MalformedJson(string path, int? times = 1) => Add(new() { Path = path, Kind = FaultKind.MalformedJson, Times = times });

    /// <summary>A WebSocket fault on connections to <paramref name="path"/> (e.g. <c>/v2/ws/private</c>, <c>/v3/ws/*</c>).</summary>
    public FaultRule Stream(FaultKind kind, string path = "*", int? times = 1) =>
        kind.IsStream() ? Add(new() { Path = path, Kind = kind, Times = times }) : throw new ArgumentException($"{kind} is not a stream fault.", nameof(kind));

    public FaultRule DropConnection(string path, int? times = 1) => Add(new() { Path = path, Kind = FaultKind.DropConnection, Times = times });

    public FaultRule Maintenance(string path, int? times = 1, string code = "40200", string message = "Server upgrade, please try again later") =>
        Add(new() { Path = path, Kind = FaultKind.Maintenance, Times = times, Code = code, Message = message });

    /// <summary>The exchange processes the request (an order IS placed) and then the answer is lost.</summary>
    public FaultRule LoseResponse(string path, int? times = 1, LostResponseMode mode = LostResponseMode.DropConnection) =>
        Add(new() { Path = path, Kind = FaultKind.LoseResponse, Times = times, LostResponseMode = mode, StatusCode = 502 });

    /// <summary>The HTTP fault for a request, if any (stream kinds never apply to HTTP).</summary>
    internal FaultRule? Next(string path) => Next(path, static k => !k.IsStream());

    /// <summary>Whether a stream fault of <paramref name="kind"/> fires now on a connection to <paramref name="path"/>.</summary>
    internal bool NextStream(string path, FaultKind kind) => Next(path, k => k == kind) is not null;

    private FaultRule? Next(string path, Func<FaultKind, bool> kinds)
    {
        lock (_gate)
        {
            foreach (var rule in _rules.Where(r => kinds(r.Kind) && !r.Exhausted && r.Matches(path)))
            {
                if (rule.Pass())
                {
                    continue;
                }

                if (rule.Probability >= 1.0 || random.NextDouble() < rule.Probability)
                {
                    rule.Hit();
                    return rule;
                }
            }

            return null;
        }
    }

    internal async Task HoldAsync(TimeSpan duration, TimeProvider time, CancellationToken cancellationToken)
    {
        var delay = Task.Delay(duration, time, cancellationToken);
        Interlocked.Increment(ref _holding);
        try
        {
            await delay;
        }
        finally
        {
            Interlocked.Decrement(ref _holding);
        }
    }
}
