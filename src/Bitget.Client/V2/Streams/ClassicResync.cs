using Bitget.Client.Streams;
using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Bitget.Client.V2.Orders;
using Bitget.Client.V2.Positions;

namespace Bitget.Client.V2.Streams;

/// <summary>REST snapshots of the v2 private channels, mapped to the channels' own row types.</summary>
internal sealed class ClassicResync(BitgetClient rest)
{
    /// <summary>Newest history orders read on a resync: orders placed and finished while the stream was down show up there.</summary>
    private const int HistoryDepth = 100;

    public async Task<IReadOnlyList<ClassicStreamPosition>> PositionsAsync(ProductType productType, CancellationToken cancellationToken)
    {
        var positions = await rest.Positions.GetAllAsync(productType, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. positions.Select(From)];
    }

    /// <summary>
    /// Open orders and the newest history (orders that ended while the stream was down), plus a lookup of every order the
    /// consumer still holds as open that appears in neither.
    /// </summary>
    public async Task<IReadOnlyList<ClassicStreamOrder>> OrdersAsync(ProductType productType, IReadOnlyList<ClassicStreamOrder> known, CancellationToken cancellationToken)
    {
        var pending = (await rest.Orders.GetPendingAsync(productType, cancellationToken: cancellationToken).ConfigureAwait(false)).Orders;
        var history = (await rest.Orders.GetHistoryAsync(productType, limit: HistoryDepth, cancellationToken: cancellationToken).ConfigureAwait(false)).Orders;
        var result = pending.Concat(history).DistinctBy(o => o.OrderId).Select(From).ToList();
        var seen = result.Select(o => o.OrderId).ToHashSet(StringComparer.Ordinal);
        foreach (var order in known.Where(o => OpenOrderStatus.IsOpen(o.Status) && !seen.Contains(o.OrderId) && o.Symbol is not null))
        {
            result.Add(From(await rest.Orders.GetAsync(order.Symbol!, order.OrderId, productType, cancellationToken).ConfigureAwait(false)));
        }

        return result;
    }

    public async Task<IReadOnlyList<ClassicStreamAccount>> AccountsAsync(ProductType productType, CancellationToken cancellationToken)
    {
        var accounts = await rest.Account.GetAccountsAsync(productType, cancellationToken).ConfigureAwait(false);
        return [.. accounts.Select(From)];
    }

    internal static ClassicStreamPosition From(FuturesPosition p) => new()
    {
        Symbol = p.Symbol, MarginCoin = p.MarginCoin, HoldSide = p.HoldSide, PositionMode = p.PositionMode, MarginMode = p.MarginMode,
        Total = p.Total, Available = p.Available, Frozen = p.Locked, MarginSize = p.MarginSize, OpenPriceAvg = p.OpenPriceAvg,
        Leverage = p.Leverage, AchievedProfits = p.AchievedProfits, UnrealizedPnl = p.UnrealizedPnl, LiquidationPrice = p.LiquidationPrice,
        KeepMarginRate = p.KeepMarginRate, MarginRate = p.MarginRatio, BreakEvenPrice = p.BreakEvenPrice, TotalFee = p.TotalFee,
        MarkPrice = p.MarkPrice, CreatedAt = p.CreatedAt, UpdatedAt = p.UpdatedAt,
    };

    internal static ClassicStreamOrder From(FuturesOrder o) => new()
    {
        OrderId = o.OrderId, ClientOid = o.ClientOid, Symbol = o.Symbol, Status = o.Status, Side = o.Side, TradeSide = o.TradeSide,
        PositionSide = o.PositionSide, OrderType = o.OrderType, ReduceOnly = o.ReduceOnly, Size = o.Size, Price = o.Price,
        FilledSize = o.FilledSize, AveragePrice = o.AveragePrice, Leverage = o.Leverage, Pnl = o.TotalProfits,
        CreatedAt = o.CreatedAt, UpdatedAt = o.UpdatedAt,
    };

    internal static ClassicStreamAccount From(FuturesAccount a) => new()
    {
        MarginCoin = a.MarginCoin, Frozen = a.Locked, Available = a.Available, MaxTransferOut = a.MaxTransferOut,
        MaxOpenPositionAvailable = a.CrossedMaxAvailable, Equity = a.AccountEquity, UsdtEquity = a.UsdtEquity,
        CrossedRiskRate = a.CrossedRiskRate, UnrealizedPnl = a.UnrealizedPnl,
    };
}
