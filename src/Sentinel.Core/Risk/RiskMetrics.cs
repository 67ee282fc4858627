using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Risk;

/// <summary>The value a risk rule's condition compares, for one position side, with the alert engine's formulas.</summary>
public static class RiskMetrics
{
    /// <summary>The level value for a non-event rule; false when it cannot be computed this tick (the state is kept).</summary>
    public static bool TryGetValue(RiskRule rule, ExchangePosition position, RiskTickInput input, IReadOnlyDictionary<string, ExchangeTicker> tickers, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(tickers);
        value = 0m;
        switch (rule.Type)
        {
            case AlertRuleType.PriceAbove or AlertRuleType.PriceBelow:
                var known = tickers.TryGetValue(position.Symbol, out var ticker);
                value = known ? ticker!.LastPrice : 0m;
                return known;
            case AlertRuleType.MarginRatio:
                value = input.Snapshot.Account.MarginRatio * 100m ?? 0m;
                return input.Snapshot.Account.MarginRatio is not null;
            case AlertRuleType.DrawdownFromDayStart:
                value = input.Watermarks?.DrawdownFromDayStartPercent(input.Snapshot.Account.Equity) ?? 0m;
                return input.Watermarks is not null;
            case AlertRuleType.DrawdownFromPeak:
                value = input.Watermarks?.DrawdownFromPeakPercent(input.Snapshot.Account.Equity) ?? 0m;
                return input.Watermarks is not null;
            default:
                return TryGetPositionValue(rule.Type, position, out value);
        }
    }

    /// <summary>The value of a position-scoped condition from the position alone (also used on the guard's fresh read).</summary>
    public static bool TryGetPositionValue(AlertRuleType type, ExchangePosition position, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(position);
        value = 0m;
        switch (type)
        {
            case AlertRuleType.LiquidationDistance:
                return PositionMetrics.TryGetLiquidationDistance(position, out value);
            case AlertRuleType.UnrealizedPnlPercent:
                return PositionMetrics.TryGetPnlPercent(position, out value);
            case AlertRuleType.UnrealizedPnl:
                value = position.UnrealizedPnl;
                return true;
            case AlertRuleType.PositionNotional:
                value = position.Notional;
                return true;
            case AlertRuleType.PositionLeverage:
                value = position.Leverage;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the last price crossed the rule's level since the previous sample (in the rule's direction).
    /// <paramref name="previous"/> is that sample, null when there is none to compare with: its time identifies the
    /// crossing, so every evaluation that sees the same crossing (each streamed update until the next poll, and that
    /// poll) names it the same.
    /// </summary>
    public static bool Crossed(RiskRule rule, ExchangePosition position, RiskTickInput input, IReadOnlyDictionary<string, ExchangeTicker> tickers, out PriceSample? previous, out decimal last)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(tickers);
        previous = null;
        last = 0m;
        if (!tickers.TryGetValue(position.Symbol, out var ticker) || input.History?.GetValueOrDefault(position.Symbol) is not { } series
            || !series.TryGetSampleBefore(input.Snapshot.ReadAt, out var before))
        {
            return false;
        }

        previous = before;
        last = ticker.LastPrice;
        return Crosses(rule, before.Price, last);
    }

    /// <summary>
    /// Whether the price <paramref name="last"/> is still past the level as seen from the sample at <paramref name="since"/>
    /// (the last one before an earlier crossing): that crossing still stands.
    /// </summary>
    public static bool StillCrossed(RiskRule rule, ExchangePosition position, RiskTickInput input, DateTimeOffset since, decimal last)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(input);
        return input.History?.GetValueOrDefault(position.Symbol) is { } series && series.TryGetAtOrBefore(since, out var before)
            && Crosses(rule, before, last);
    }

    private static bool Crosses(RiskRule rule, decimal before, decimal last)
    {
        var level = rule.Condition.Threshold;
        var up = before < level && last >= level;
        var down = before > level && last <= level;
        return rule.Condition.Direction switch
        {
            AlertDirection.Up => up,
            AlertDirection.Down => down,
            _ => up || down,
        };
    }

    /// <summary>
    /// Whether a freshly read position shows the breach is over (its value strictly past the clear level). Price rules
    /// use the position's mark price as the price; account rules cannot be re-checked from a position and never count
    /// as cleared here (the guard still checks the position itself did not change).
    /// </summary>
    public static bool ClearedOn(RiskRule rule, ExchangePosition fresh)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(fresh);
        if (rule.Type is AlertRuleType.PriceAbove or AlertRuleType.PriceBelow)
        {
            return rule.Condition.Clears(fresh.MarkPrice);
        }

        return TryGetPositionValue(rule.Type, fresh, out var value) && rule.Condition.Clears(value);
    }

    /// <summary>The stop trigger <paramref name="distancePercent"/> from the mark on the losing side: below for a long, above for a short.</summary>
    public static decimal StopTrigger(ExchangePosition position, decimal distancePercent)
    {
        ArgumentNullException.ThrowIfNull(position);
        var factor = distancePercent / 100m;
        return position.Side == PositionSide.Long ? position.MarkPrice * (1m - factor) : position.MarkPrice * (1m + factor);
    }

    /// <summary>Whether <paramref name="candidate"/> is strictly closer to the mark than <paramref name="current"/> (a tighter stop).</summary>
    public static bool IsTighter(PositionSide side, decimal candidate, decimal? current) =>
        current is not { } existing || (side == PositionSide.Long ? candidate > existing : candidate < existing);
}
