using System.Globalization;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Notifications;

/// <summary>How each rule type reads in a notification: its label and the unit of its values.</summary>
internal static class AlertWording
{
    public static string Label(CompiledRule rule) => rule.Type switch
    {
        AlertRuleType.PriceAbove => "Price above",
        AlertRuleType.PriceBelow => "Price below",
        AlertRuleType.PriceCrossing => "Price crossed",
        AlertRuleType.PercentMove => $"Move over {rule.Window.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min",
        AlertRuleType.FundingRate => "Funding rate beyond",
        AlertRuleType.UnrealizedPnl => rule.Above ? "Unrealized PnL above" : "Unrealized PnL below",
        AlertRuleType.UnrealizedPnlPercent => rule.Above ? "Unrealized PnL (% of margin) above" : "Unrealized PnL (% of margin) below",
        AlertRuleType.LiquidationDistance => "Distance to liquidation within",
        AlertRuleType.MarginRatio => "Margin ratio above",
        AlertRuleType.PositionNotional => "Position notional above",
        AlertRuleType.PositionLeverage => "Leverage above",
        AlertRuleType.DrawdownFromDayStart => "Drawdown from day start beyond",
        AlertRuleType.DrawdownFromPeak => "Drawdown from peak beyond",
        AlertRuleType.PositionOpened => "Position opened",
        AlertRuleType.PositionClosed => "Position closed",
        AlertRuleType.PositionFlipped => "Position flipped",
        AlertRuleType.StaleData => "No successful tick for",
        AlertRuleType.ExchangeUnreachable => "Exchange unreachable",
        AlertRuleType.ProtectiveStop => "Protective stop",
        _ => "Exchange authentication failing",
    };

    public static string Unit(AlertRuleType type, string? marginCoin) => type switch
    {
        AlertRuleType.PercentMove or AlertRuleType.FundingRate or AlertRuleType.UnrealizedPnlPercent or AlertRuleType.LiquidationDistance
            or AlertRuleType.MarginRatio or AlertRuleType.DrawdownFromDayStart or AlertRuleType.DrawdownFromPeak => " %",
        AlertRuleType.UnrealizedPnl or AlertRuleType.PositionNotional => " " + (marginCoin ?? "USDT"),
        AlertRuleType.PositionLeverage => "x",
        AlertRuleType.StaleData => " min",
        AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing => " failed ticks",
        _ => string.Empty,
    };

    /// <summary>Invariant, at most 8 decimals, no trailing zeros: <c>0.0125</c>, <c>120000</c>.</summary>
    public static string Number(decimal value) =>
        decimal.Round(value, 8, MidpointRounding.AwayFromZero).ToString("0.########", CultureInfo.InvariantCulture);

    public static string EventName(AlertTransitionKind kind) => kind switch
    {
        AlertTransitionKind.Firing => "firing",
        AlertTransitionKind.Reminder => "reminder",
        AlertTransitionKind.Resolved => "resolved",
        _ => "event",
    };

    public static string SeverityName(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Info => "info",
        AlertSeverity.Warning => "warning",
        _ => "critical",
    };
}
