using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>The last tick as <c>GET /api/status</c> shows it.</summary>
internal sealed record TickView(
    DateTimeOffset LastAttemptAt, string Outcome, double DurationMs, string? FailureKind, string? FailureDetail,
    DateTimeOffset? LastSuccessAt, DateTimeOffset? LastReadAt, int ConsecutiveFailures, int Tickers, int Positions)
{
    public static TickView From(TickStatus s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.LastAttemptAt,
            s.LastOutcome == TickOutcome.Succeeded ? "succeeded" : "exchange-failed",
            Math.Round(s.LastDuration.TotalMilliseconds, 1),
            s.LastFailure is { } f ? Words.Kebab(f.Kind) : null,
            s.LastFailure?.Message,
            s.LastSuccessAt,
            s.LastReadAt,
            s.ConsecutiveFailures,
            s.TickerCount,
            s.PositionCount);
    }
}
