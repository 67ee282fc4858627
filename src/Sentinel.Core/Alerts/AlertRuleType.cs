namespace Sentinel.Core.Alerts;

/// <summary>What a rule watches. JSON names are the snake_case forms (see <see cref="AlertRuleTypeNames"/>).</summary>
public enum AlertRuleType
{
    PriceAbove,
    PriceBelow,
    PriceCrossing,
    PercentMove,
    FundingRate,
    UnrealizedPnl,
    UnrealizedPnlPercent,
    LiquidationDistance,
    MarginRatio,
    PositionNotional,
    PositionLeverage,
    DrawdownFromDayStart,
    DrawdownFromPeak,
    PositionOpened,
    PositionClosed,
    PositionFlipped,
    StaleData,
    ExchangeUnreachable,
    AuthFailing,
    ProtectiveStop,
}
