using Bitget.Client.Exchange;
using Bitget.Client.Trading;

namespace Sentinel.Core.Ticks;

/// <summary>
/// How the monitoring tick has been doing, as stored after every tick that ran (not skipped ones). Stale-data
/// alerts read <see cref="LastSuccessAt"/>; it survives any number of failed ticks.
/// </summary>
/// <param name="LastAttemptAt">When the last tick started.</param>
/// <param name="LastOutcome">How it ended.</param>
/// <param name="LastDuration">How long it took (exchange read and storage).</param>
/// <param name="LastFailure">Its exchange failure, or null when it succeeded.</param>
/// <param name="LastSuccessAt">When the last successful tick started; null before the first.</param>
/// <param name="LastReadAt">The exchange read time of the last successful tick's snapshot.</param>
/// <param name="ConsecutiveFailures">Failed ticks since the last success.</param>
/// <param name="AccountKind">The account kind the last successful tick read.</param>
/// <param name="TickerCount">Tickers in the last successful snapshot.</param>
/// <param name="PositionCount">Open positions in the last successful snapshot.</param>
public sealed record TickStatus(
    DateTimeOffset LastAttemptAt,
    TickOutcome LastOutcome,
    TimeSpan LastDuration,
    TickFailure? LastFailure,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastReadAt,
    int ConsecutiveFailures,
    AccountKind? AccountKind,
    int TickerCount,
    int PositionCount)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A transition of this state reads as one: status.RecordSuccess(...).")]
    public TickStatus RecordSuccess(DateTimeOffset startedAt, TimeSpan duration, ExchangeSnapshot snapshot, AccountKind kind)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(startedAt, TickOutcome.Succeeded, duration, null, startedAt, snapshot.ReadAt, 0, kind, snapshot.Tickers.Count, snapshot.Positions.Count);
    }

    public TickStatus RecordFailure(DateTimeOffset startedAt, TimeSpan duration, TickFailure failure) =>
        this with
        {
            LastAttemptAt = startedAt,
            LastOutcome = TickOutcome.ExchangeFailed,
            LastDuration = duration,
            LastFailure = failure,
            ConsecutiveFailures = ConsecutiveFailures + 1,
        };

    /// <summary>The state before any tick ran (what the first tick builds on).</summary>
    public static TickStatus None { get; } = new(DateTimeOffset.MinValue, TickOutcome.Skipped, TimeSpan.Zero, null, null, null, 0, null, 0, 0);
}
