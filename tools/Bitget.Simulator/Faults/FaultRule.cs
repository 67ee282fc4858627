namespace Bitget.Simulator.Faults;

/// <summary>
/// One injected fault. <see cref="Path"/> is an exact request path, a prefix ending in <c>*</c>, or <c>*</c> for all.
/// It fires on at most <see cref="Times"/> matching requests (null = every one), each with <see cref="Probability"/>
/// drawn from the simulator's seeded random source.
/// </summary>
public sealed class FaultRule
{
    private int _hits;
    private int _passed;

    public required string Path { get; init; }

    public required FaultKind Kind { get; init; }

    public int? Times { get; init; }

    public double Probability { get; init; } = 1.0;

    /// <summary>How many matching requests pass untouched before the rule fires (to hit, say, the second order of a split).</summary>
    public int Skip { get; init; }

    /// <summary>For <see cref="FaultKind.Delay"/> the wait; for timeouts the longest hold.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(100);

    public int StatusCode { get; init; } = 503;

    public string Code { get; init; } = "40200";

    public string Message { get; init; } = "Server upgrade, please try again later";

    public LostResponseMode LostResponseMode { get; init; } = LostResponseMode.DropConnection;

    /// <summary>How many requests this rule has hit so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    public bool Exhausted => Times is { } times && Hits >= times;

    internal bool Matches(string path) =>
        Path == "*" || Path == path || (Path.EndsWith('*') && path.StartsWith(Path[..^1], StringComparison.Ordinal));

    internal void Hit() => Interlocked.Increment(ref _hits);

    /// <summary>Counts a matching request against <see cref="Skip"/>; true while it should still pass untouched.</summary>
    internal bool Pass() => Skip > 0 && Interlocked.Increment(ref _passed) <= Skip;
}
