using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Orders;
using Bitget.Client.V2.Positions;

namespace Bitget.Client.Exchange;

/// <summary>v2 records → the neutral exchange model.</summary>
internal static class ClassicMapping
{
    /// <summary>The position side a v2 TP/SL plan closes: its <c>posSide</c> in hedge mode, else its <c>side</c> (the holdSide: buy = long).</summary>
    public static PositionSide? PlanSide(PlanOrder plan) => plan.PositionSide switch
    {
        "long" => PositionSide.Long,
        "short" => PositionSide.Short,
        _ => plan.Side switch { "buy" => PositionSide.Long, "sell" => PositionSide.Short, _ => null },
    };

    public static IReadOnlyList<ExchangeTicker> Tickers(IReadOnlyList<FuturesTicker> tickers) =>
        [.. tickers.Where(t => t.LastPrice is > 0).Select(t => new ExchangeTicker(
            t.Symbol, t.LastPrice!.Value, t.MarkPrice, t.IndexPrice, t.BidPrice, t.AskPrice, t.FundingRate, t.HoldingAmount, t.Change24h, t.Timestamp))];

    public static IReadOnlyList<ExchangePosition> Positions(IReadOnlyList<FuturesPosition> positions, string marginCoin, DateTimeOffset readAt) =>
        [.. positions.Where(p => p.Total > 0).Select(p => Position(p, marginCoin, readAt))];

    public static ExchangeAccount Account(IReadOnlyList<FuturesAccount> accounts, string marginCoin, ProductType productType)
    {
        var account = accounts.FirstOrDefault(a => string.Equals(a.MarginCoin, marginCoin, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"Bitget listed no {marginCoin} account for {productType.ToWire()}.");
        return new ExchangeAccount(account.MarginCoin.ToUpperInvariant(), account.AccountEquity ?? 0m, account.Available ?? 0m, account.UnrealizedPnl ?? 0m, account.CrossedRiskRate);
    }

    /// <summary>
    /// Whether a v2 order closes (some of) one position side: in hedge mode <c>posSide</c> names the side and
    /// <c>tradeSide</c> is <c>close</c> or one of the system closes Bitget reports (reduce-only, liquidation, offset,
    /// delivery, auto-deleveraging); in one-way mode any trade against the side reduces it first. A <c>tradeSide</c>
    /// this client does not know closes nothing: counted as a close, it could settle a close that never happened.
    /// </summary>
    public static bool Closes(FuturesOrder order, PositionSide side) => order.PositionSide is { } held
        ? held == side && order.TradeSide is TradeSide.Close or TradeSide.ReduceCloseLong or TradeSide.ReduceCloseShort
            or TradeSide.LiquidationCloseLong or TradeSide.LiquidationCloseShort or TradeSide.OffsetCloseLong or TradeSide.OffsetCloseShort
            or TradeSide.DeliveryCloseLong or TradeSide.DeliveryCloseShort or TradeSide.AdlCloseLong or TradeSide.AdlCloseShort
        : order.Side == (side == PositionSide.Long ? OrderSide.Sell : OrderSide.Buy);

    public static ExchangeOrder Order(FuturesOrder order, string clientOid) => new(
        order.OrderId,
        string.IsNullOrEmpty(order.ClientOid) ? clientOid : order.ClientOid,
        order.Symbol.ToUpperInvariant(),
        NeutralStatus.Of(order.Status),
        order.Size,
        order.FilledSize ?? 0m,
        order.AveragePrice is > 0 ? order.AveragePrice : null,
        order.ReduceOnly == true || order.TradeSide == TradeSide.Close);

    private static ExchangePosition Position(FuturesPosition p, string marginCoin, DateTimeOffset readAt) => new(
        p.Symbol.ToUpperInvariant(),
        p.MarginCoin ?? marginCoin,
        p.HoldSide ?? throw ExchangePortOperations.Incomplete(p.Symbol, "holdSide"),
        p.PositionMode ?? throw ExchangePortOperations.Incomplete(p.Symbol, "posMode"),
        p.MarginMode ?? throw ExchangePortOperations.Incomplete(p.Symbol, "marginMode"),
        p.Total,
        p.Available ?? p.Total,
        p.OpenPriceAvg ?? 0m,
        p.MarkPrice ?? 0m,
        p.LiquidationPrice is > 0 ? p.LiquidationPrice : null,
        p.UnrealizedPnl ?? 0m,
        p.MarginSize ?? 0m,
        p.Leverage ?? 0m,
        p.KeepMarginRate,
        p.CreatedAt,
        p.UpdatedAt ?? p.CreatedAt ?? readAt);
}
