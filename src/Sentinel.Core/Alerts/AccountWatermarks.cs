namespace Sentinel.Core.Alerts;

/// <summary>
/// Equity reference points for drawdown rules, maintained by the tick after each successful read and persisted
/// with it. The trading day starts at 00:00 UTC, as Bitget's daily statements do.
/// </summary>
/// <param name="Day">The UTC day <paramref name="DayStartEquity"/> belongs to.</param>
/// <param name="DayStartEquity">Equity at the first read of the day.</param>
/// <param name="PeakEquity">Highest equity seen since tracking began (or since the last reset).</param>
/// <param name="PeakAt">When the peak was seen.</param>
/// <param name="UpdatedAt">Last update.</param>
public sealed record AccountWatermarks(
    DateOnly Day,
    decimal DayStartEquity,
    decimal PeakEquity,
    DateTimeOffset PeakAt,
    DateTimeOffset UpdatedAt)
{
    public static AccountWatermarks Start(decimal equity, DateTimeOffset now) =>
        new(DateOnly.FromDateTime(now.UtcDateTime), equity, equity, now, now);

    /// <summary>Folds one equity reading in: a new UTC day resets the day start; a new high moves the peak.</summary>
    public AccountWatermarks Advance(decimal equity, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var newDay = day != Day;
        var newPeak = equity > PeakEquity;
        return new AccountWatermarks(
            day,
            newDay ? equity : DayStartEquity,
            newPeak ? equity : PeakEquity,
            newPeak ? now : PeakAt,
            now);
    }

    /// <summary>Percent fallen from the day's start (0 when up or when the start is not positive).</summary>
    public decimal DrawdownFromDayStartPercent(decimal equity) => DrawdownPercent(DayStartEquity, equity);

    /// <summary>Percent fallen from the peak (0 when at the peak or when the peak is not positive).</summary>
    public decimal DrawdownFromPeakPercent(decimal equity) => DrawdownPercent(PeakEquity, equity);

    private static decimal DrawdownPercent(decimal reference, decimal equity) =>
        reference <= 0 || equity >= reference ? 0m : (reference - equity) / reference * 100m;
}
