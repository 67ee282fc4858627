using Sentinel.Functions.Alerts;
using Sentinel.Functions.Monitoring;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// The one boundary between the monitoring tick's records and the alert core's inputs: the tick stores price
/// history as <see cref="PriceSeries"/> and health as <see cref="TickStatus"/>; the evaluator reads
/// <see cref="PriceHistory"/> rings and <see cref="TickHealth"/>. Converting here keeps the evaluator's
/// allocation-free ring lookups and the tick's storage format each where they belong.
/// </summary>
public static class TickInputMapper
{
    public static AlertTickInput ToInput(
        MonitorTickResult tick, bool firstReading, AccountWatermarks? watermarks, IReadOnlyList<Silence> silences)
    {
        ArgumentNullException.ThrowIfNull(tick);
        return new AlertTickInput(
            tick.Snapshot,
            firstReading ? null : tick.PreviousPositions,
            tick.Snapshot is null ? null : ToHistory(tick.PriceHistory),
            watermarks,
            ToHealth(tick.Status),
            silences,
            tick.StartedAt);
    }

    public static TickHealth ToHealth(TickStatus? status) => status is null
        ? TickHealth.Unknown
        : new TickHealth(
            status.LastSuccessAt,
            status.LastOutcome == TickOutcome.Skipped ? null : status.LastAttemptAt,
            status.LastFailure?.Kind switch
            {
                null => TickErrorKind.None,
                TickFailureKind.Unreachable => TickErrorKind.Unreachable,
                TickFailureKind.Authentication => TickErrorKind.Auth,
                _ => TickErrorKind.Other,
            },
            status.ConsecutiveFailures);

    public static PriceHistory ToHistory(IReadOnlyDictionary<string, PriceSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var capacity = Math.Max(2, series.Values.Select(s => s.Samples.Count).DefaultIfEmpty(0).Max());
        var history = new PriceHistory(capacity);
        foreach (var (symbol, prices) in series)
        {
            foreach (var sample in prices.Samples)
            {
                history.Record(symbol, sample.At, sample.Price);
            }
        }

        return history;
    }
}
