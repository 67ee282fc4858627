using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// What one tick produced, for observers (alert and risk engines) and the caller.
/// </summary>
/// <param name="Outcome">How the tick ended.</param>
/// <param name="StartedAt">When the tick started (the app's clock).</param>
/// <param name="Snapshot">This tick's exchange read; null unless <see cref="TickOutcome.Succeeded"/>.</param>
/// <param name="PreviousPositions">The positions stored by the previous successful tick (for opened/closed/flipped); empty on the first tick and when this tick failed.</param>
/// <param name="PriceHistory">Every symbol's price series including this tick's sample; empty unless succeeded.</param>
/// <param name="Status">Tick health including this tick; null when skipped.</param>
public sealed record MonitorTickResult(
    TickOutcome Outcome,
    DateTimeOffset StartedAt,
    ExchangeSnapshot? Snapshot,
    IReadOnlyList<ExchangePosition> PreviousPositions,
    IReadOnlyDictionary<string, PriceSeries> PriceHistory,
    TickStatus? Status)
{
    public static MonitorTickResult Skipped(DateTimeOffset startedAt) =>
        new(TickOutcome.Skipped, startedAt, null, [], new Dictionary<string, PriceSeries>(), null);

    /// <summary>
    /// True when this instance ran the previous tick, stored all of it, and nobody else ticked since, so what an
    /// observer kept in memory from that tick is still current (apart from changes made through the API).
    /// </summary>
    internal bool FollowsOwnTick { get; init; }

    /// <summary>
    /// True for a streaming watch's evaluation: the stored snapshot with streamed prices laid over it, not a poll. It
    /// does not count toward a rule's <c>for</c>, which counts polls.
    /// </summary>
    internal bool Streamed { get; init; }
}
