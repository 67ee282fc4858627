namespace Bitget.Client.Trading;

/// <summary>An open position, in one account-kind-neutral shape.</summary>
/// <param name="Symbol">Contract symbol.</param>
/// <param name="MarginCoin">Margin coin, e.g. <c>USDT</c>.</param>
/// <param name="Side">Long or short, explicit even in one-way mode.</param>
/// <param name="Mode">One-way or hedge.</param>
/// <param name="MarginMode">Cross or isolated.</param>
/// <param name="Size">Total size in base coin (always positive).</param>
/// <param name="Available">Size not locked by pending close orders.</param>
/// <param name="EntryPrice">Average entry price.</param>
/// <param name="MarkPrice">Mark price at the time of the read.</param>
/// <param name="LiquidationPrice">Estimated liquidation price; null when the exchange says it will not be liquidated.</param>
/// <param name="UnrealizedPnl">Unrealized PnL in the margin coin.</param>
/// <param name="Margin">Margin held by the position in the margin coin.</param>
/// <param name="Leverage">Leverage.</param>
/// <param name="MaintenanceMarginRate">Maintenance margin rate, when sent.</param>
/// <param name="OpenedAt">Creation time, when sent.</param>
/// <param name="UpdatedAt">Last update time.</param>
public sealed record ExchangePosition(
    string Symbol,
    string MarginCoin,
    PositionSide Side,
    PositionMode Mode,
    MarginMode MarginMode,
    decimal Size,
    decimal Available,
    decimal EntryPrice,
    decimal MarkPrice,
    decimal? LiquidationPrice,
    decimal UnrealizedPnl,
    decimal Margin,
    decimal Leverage,
    decimal? MaintenanceMarginRate,
    DateTimeOffset? OpenedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Position value at the mark price.</summary>
    public decimal Notional => Size * MarkPrice;
}
