namespace Sentinel.Functions.Streaming;

/// <summary>
/// The streaming watch's state on this instance, for <c>/api/health</c> and the tests: its mode, since when, why, and
/// how many updates it received and evaluated. Written by the watch (and its connection events), read by the probe.
/// </summary>
public sealed class StreamState(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private long _updates;
    private long _evaluations;

    public StreamMode Mode { get; private set; }

    public DateTimeOffset? Since { get; private set; }

    /// <summary>Why the stream is down; null while streaming.</summary>
    public string? Reason { get; private set; }

    /// <summary>Ticker pushes received by this instance's watches.</summary>
    public long Updates => Interlocked.Read(ref _updates);

    /// <summary>Evaluations of the rules run from the stream (each under the tick's lease, through the tick's observers).</summary>
    public long Evaluations => Interlocked.Read(ref _evaluations);

    internal void Fallback(string reason) => Set(StreamMode.PollingFallback, reason);

    /// <summary>An update arrived: whatever the connection events said before, the stream is delivering.</summary>
    internal void Received()
    {
        Interlocked.Increment(ref _updates);
        Set(StreamMode.Streaming, null);
    }

    internal void Evaluated() => Interlocked.Increment(ref _evaluations);

    private void Set(StreamMode mode, string? reason)
    {
        lock (_gate)
        {
            if (Mode != mode)
            {
                Mode = mode;
                Since = timeProvider.GetUtcNow();
            }

            Reason = reason;
        }
    }
}
