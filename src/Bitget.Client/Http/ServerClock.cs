namespace Bitget.Client.Http;

/// <summary>
/// Bitget's clock as seen from here: local time plus a measured offset, so <c>ACCESS-TIMESTAMP</c> stays inside
/// Bitget's 30-second window even when the local clock drifts.
/// </summary>
internal sealed class ServerClock(TimeProvider timeProvider)
{
    private long _offsetTicks;
    private int _synchronized;

    /// <summary>Server time minus local time, as last measured.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Whether an offset has been measured.</summary>
    public bool IsSynchronized => Volatile.Read(ref _synchronized) == 1;

    /// <summary>Bitget's current time, estimated.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow() + Offset;

    /// <summary>Records a server time read between <paramref name="sentAt"/> and <paramref name="receivedAt"/> (local times).</summary>
    public void Synchronize(DateTimeOffset serverTime, DateTimeOffset sentAt, DateTimeOffset receivedAt)
    {
        var midpoint = sentAt + ((receivedAt - sentAt) / 2);
        Interlocked.Exchange(ref _offsetTicks, (serverTime - midpoint).Ticks);
        Volatile.Write(ref _synchronized, 1);
    }
}
