namespace Bitget.Simulator.Accounts;

/// <summary>A position as the exchange reports it at one instant.</summary>
public sealed record PositionSnapshot(
    string Symbol,
    PositionSide Side,
    PositionMode Mode,
    MarginMode MarginMode,
    decimal Size,
    decimal Available,
    decimal Locked,
    decimal EntryPrice,
    decimal MarkPrice,
    decimal Leverage,
    decimal Margin,
    decimal UnrealizedPnl,
    decimal LiquidationPrice,
    decimal AchievedProfits,
    decimal TotalFee,
    decimal MaintenanceMarginRate,
    DateTimeOffset Created,
    DateTimeOffset Updated);
