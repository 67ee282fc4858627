namespace Sentinel.Core.Alerts;

/// <summary>The wire names of rule types and the facts each type needs.</summary>
public static class AlertRuleTypeNames
{
    private static readonly Dictionary<string, AlertRuleType> ByName = new(StringComparer.Ordinal)
    {
        ["price_above"] = AlertRuleType.PriceAbove,
        ["price_below"] = AlertRuleType.PriceBelow,
        ["price_crossing"] = AlertRuleType.PriceCrossing,
        ["percent_move"] = AlertRuleType.PercentMove,
        ["funding_rate"] = AlertRuleType.FundingRate,
        ["unrealized_pnl"] = AlertRuleType.UnrealizedPnl,
        ["unrealized_pnl_percent"] = AlertRuleType.UnrealizedPnlPercent,
        ["liquidation_distance"] = AlertRuleType.LiquidationDistance,
        ["margin_ratio"] = AlertRuleType.MarginRatio,
        ["position_notional"] = AlertRuleType.PositionNotional,
        ["position_leverage"] = AlertRuleType.PositionLeverage,
        ["drawdown_day"] = AlertRuleType.DrawdownFromDayStart,
        ["drawdown_peak"] = AlertRuleType.DrawdownFromPeak,
        ["position_opened"] = AlertRuleType.PositionOpened,
        ["position_closed"] = AlertRuleType.PositionClosed,
        ["position_flipped"] = AlertRuleType.PositionFlipped,
        ["stale_data"] = AlertRuleType.StaleData,
        ["exchange_unreachable"] = AlertRuleType.ExchangeUnreachable,
        ["auth_failing"] = AlertRuleType.AuthFailing,
        ["protective_stop"] = AlertRuleType.ProtectiveStop,
    };

    private static readonly Dictionary<AlertRuleType, string> ByType = ByName.ToDictionary(pair => pair.Value, pair => pair.Key);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string? name, out AlertRuleType type) => ByName.TryGetValue(name ?? string.Empty, out type);

    public static string ToName(this AlertRuleType type) => ByType[type];

    /// <summary>Events fire once per occurrence and never enter pending, firing or resolved.</summary>
    public static bool IsEvent(this AlertRuleType type) =>
        type is AlertRuleType.PriceCrossing or AlertRuleType.PositionOpened or AlertRuleType.PositionClosed or AlertRuleType.PositionFlipped;

    /// <summary>Whether the rule has a numeric threshold (all but position events, the two health conditions and protective stops).</summary>
    public static bool HasThreshold(this AlertRuleType type) =>
        type is not (AlertRuleType.PositionOpened or AlertRuleType.PositionClosed or AlertRuleType.PositionFlipped
            or AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing or AlertRuleType.ProtectiveStop);

    /// <summary>Whether the rule looks at symbols (tickers or positions), so a symbol scope applies.</summary>
    public static bool IsSymbolScoped(this AlertRuleType type) => type switch
    {
        AlertRuleType.MarginRatio or AlertRuleType.DrawdownFromDayStart or AlertRuleType.DrawdownFromPeak
            or AlertRuleType.StaleData or AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing => false,
        _ => true,
    };

    /// <summary>Whether the value is compared upwards (breach at or above) when the rule has no direction of its own.</summary>
    public static bool BreachesAbove(this AlertRuleType type) =>
        type is not (AlertRuleType.PriceBelow or AlertRuleType.LiquidationDistance or AlertRuleType.UnrealizedPnl or AlertRuleType.UnrealizedPnlPercent);
}
