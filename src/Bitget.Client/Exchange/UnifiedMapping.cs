using Bitget.Client.Trading;
using Bitget.Client.V3.Account;
using Bitget.Client.V3.Market;
using Bitget.Client.V3.Orders;
using Bitget.Client.V3.Positions;

namespace Bitget.Client.Exchange;

/// <summary>v3 records → the neutral exchange model.</summary>
internal static class UnifiedMapping
{
    public static IReadOnlyList<ExchangeTicker> Tickers(IReadOnlyList<UnifiedTicker> tickers) =>
        [.. tickers.Where(t => t.LastPrice is > 0).Select(t => new ExchangeTicker(
            t.Symbol, t.LastPrice!.Value, t.MarkPrice, t.IndexPrice, t.BidPrice, t.AskPrice, t.FundingRate, t.OpenInterest, t.Change24h, t.Timestamp))];

    public static IReadOnlyList<ExchangePosition> Positions(IReadOnlyList<UnifiedPosition> positions, string marginCoin, DateTimeOffset readAt) =>
        [.. positions.Where(p => p.Total > 0).Select(p => Position(p, marginCoin, readAt))];

    /// <summary>
    /// The unified account in the margin coin's terms when Bitget gives them (USDT: <c>usdtEquity</c>,
    /// <c>usdtUnrealisedPnl</c> and the USDT asset's <c>available</c>); otherwise the USD figures, labelled <c>USD</c>.
    /// </summary>
    public static ExchangeAccount Account(UnifiedAccountAssets assets, string marginCoin)
    {
        var coin = assets.Assets?.FirstOrDefault(a => string.Equals(a.Coin, marginCoin, StringComparison.OrdinalIgnoreCase));
        if (string.Equals(marginCoin, "USDT", StringComparison.OrdinalIgnoreCase) && assets.UsdtEquity is { } usdtEquity)
        {
            return new ExchangeAccount("USDT", usdtEquity, coin?.Available ?? 0m, assets.UsdtUnrealizedPnl ?? assets.UnrealizedPnl ?? 0m, assets.MarginRatio);
        }

        return new ExchangeAccount("USD", assets.AccountEquity ?? 0m, assets.EffectiveEquity ?? 0m, assets.UnrealizedPnl ?? 0m, assets.MarginRatio);
    }

    /// <summary>Whether a v3 order closes (some of) one position side: it trades against the side (sells a long), on that side when <c>posSide</c> names one.</summary>
    public static bool Closes(UnifiedOrder order, PositionSide side) =>
        order.Side == (side == PositionSide.Long ? OrderSide.Sell : OrderSide.Buy) && (order.PositionSide is not { } held || held == side);

    public static ExchangeOrder Order(UnifiedOrder order, string symbol, string clientOid) => new(
        order.OrderId,
        string.IsNullOrEmpty(order.ClientOid) ? clientOid : order.ClientOid,
        (order.Symbol ?? symbol).ToUpperInvariant(),
        NeutralStatus.Of(order.Status),
        order.Quantity ?? 0m,
        order.FilledQuantity ?? 0m,
        order.AveragePrice is > 0 ? order.AveragePrice : null,
        order.ReduceOnly == true || ClosesHedgeSide(order));

    // v3 hedge closes carry no reduceOnly flag: they trade against the side named by posSide.
    private static bool ClosesHedgeSide(UnifiedOrder order) =>
        (order.PositionSide == PositionSide.Long && order.Side == OrderSide.Sell) || (order.PositionSide == PositionSide.Short && order.Side == OrderSide.Buy);

    /// <summary>
    /// Whether a strategy order's stop closes the whole position side: its <c>tpslMode</c> says so, or (rows without one)
    /// its quantity is empty or zero, or covers the size of the position it closes (one-way: the symbol's one position).
    /// </summary>
    internal static bool IsWholePosition(UnifiedStrategyOrder order, IReadOnlyList<ExchangePosition> positions)
    {
        if (order.TpslMode is { } mode)
        {
            return string.Equals(mode, "full", StringComparison.OrdinalIgnoreCase);
        }

        if (order.Quantity is not > 0m)
        {
            return true;
        }

        var held = positions.FirstOrDefault(p => string.Equals(p.Symbol, order.Symbol, StringComparison.OrdinalIgnoreCase)
            && (p.Mode == PositionMode.OneWay || p.Side == order.PositionSide));
        return held is not null && order.Quantity >= held.Size;
    }

    private static ExchangePosition Position(UnifiedPosition p, string marginCoin, DateTimeOffset readAt) => new(
        p.Symbol.ToUpperInvariant(),
        p.MarginCoin ?? marginCoin,
        p.PositionSide ?? throw ExchangePortOperations.Incomplete(p.Symbol, "posSide"),
        p.HoldMode ?? throw ExchangePortOperations.Incomplete(p.Symbol, "holdMode"),
        p.MarginMode ?? throw ExchangePortOperations.Incomplete(p.Symbol, "marginMode"),
        p.Total,
        p.Available ?? p.Total,
        p.AveragePrice ?? 0m,
        p.MarkPrice ?? 0m,
        p.LiquidationPrice is > 0 ? p.LiquidationPrice : null,
        p.UnrealizedPnl ?? 0m,
        p.PositionBalance ?? 0m,
        p.Leverage ?? 0m,
        p.MaintenanceMarginRate,
        p.CreatedAt,
        p.UpdatedAt ?? p.CreatedAt ?? readAt);
}
