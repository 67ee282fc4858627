namespace Sentinel.Functions.Notifications;

/// <summary>The position facts a notification carries, when the subject is a position.</summary>
public sealed record NotificationPosition(
    string Symbol,
    string Side,
    decimal Size,
    decimal EntryPrice,
    decimal MarkPrice,
    decimal? LiquidationPrice,
    decimal UnrealizedPnl,
    decimal Margin,
    decimal Leverage,
    string MarginCoin);
