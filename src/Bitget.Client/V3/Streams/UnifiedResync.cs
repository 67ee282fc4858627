using Bitget.Client.Streams;
using Bitget.Client.Trading;
using Bitget.Client.V3.Account;
using Bitget.Client.V3.Orders;
using Bitget.Client.V3.Positions;

namespace Bitget.Client.V3.Streams;

/// <summary>REST snapshots of the v3 private topics, mapped to the topics' own row types.</summary>
internal sealed class UnifiedResync(BitgetClient rest)
{
    public async Task<IReadOnlyList<UnifiedStreamPosition>> PositionsAsync(CancellationToken cancellationToken)
    {
        var positions = await rest.Unified.Positions.GetCurrentAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. positions.Select(From)];
    }

    /// <summary>
    /// Unfilled orders, plus the final state (by <c>order-info</c>) of every order with a recent fill and of every order the
    /// consumer holds as open that is unfilled no more: together, every order that changed while the stream was down.
    /// </summary>
    public async Task<IReadOnlyList<UnifiedStreamOrder>> OrdersAsync(IReadOnlyList<UnifiedStreamOrder> known, CancellationToken cancellationToken)
    {
        var unfilled = (await rest.Unified.Orders.GetUnfilledAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Items;
        var fills = (await rest.Unified.Orders.GetFillsAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Items;
        var result = unfilled.Select(From).ToList();
        var seen = result.Select(o => o.OrderId).ToHashSet(StringComparer.Ordinal);
        var lookups = fills.Select(f => f.OrderId).OfType<string>()
            .Concat(known.Where(o => OpenOrderStatus.IsOpen(o.Status)).Select(o => o.OrderId))
            .Where(seen.Add).ToList();
        foreach (var orderId in lookups)
        {
            result.Add(From(await rest.Unified.Orders.GetAsync(orderId, cancellationToken).ConfigureAwait(false)));
        }

        return result;
    }

    public async Task<IReadOnlyList<UnifiedStreamAccount>> AccountAsync(CancellationToken cancellationToken)
    {
        var assets = await rest.Unified.Account.GetAssetsAsync(cancellationToken).ConfigureAwait(false);
        return [From(assets)];
    }

    internal static UnifiedStreamPosition From(UnifiedPosition p) => new()
    {
        Symbol = p.Symbol, MarginCoin = p.MarginCoin, PositionSide = p.PositionSide, HoldMode = p.HoldMode, MarginMode = p.MarginMode,
        Size = p.Total, Available = p.Available, Frozen = p.Frozen, Leverage = p.Leverage, AveragePrice = p.AveragePrice,
        MarginSize = p.PositionBalance, LiquidationPrice = p.LiquidationPrice, UnrealizedPnl = p.UnrealizedPnl, RealizedPnl = p.RealizedPnl,
        TotalFundingFee = p.TotalFunding, MarkPrice = p.MarkPrice, BreakEvenPrice = p.BreakEvenPrice, MaintenanceMarginRate = p.MaintenanceMarginRate,
        PositionStatus = p.PositionStatus, CreatedAt = p.CreatedAt, UpdatedAt = p.UpdatedAt,
    };

    internal static UnifiedStreamOrder From(UnifiedOrder o) => new()
    {
        OrderId = o.OrderId, ClientOid = o.ClientOid, Category = o.Category?.ToLowerInvariant(), Symbol = o.Symbol, Status = o.Status,
        Side = o.Side, TradeSide = o.TradeSide, PositionSide = o.PositionSide, OrderType = o.OrderType, ReduceOnly = o.ReduceOnly,
        Quantity = o.Quantity, Price = o.Price, FilledQuantity = o.FilledQuantity, FilledValue = o.FilledValue, AveragePrice = o.AveragePrice,
        CancelReason = o.CancelReason, CreatedAt = o.CreatedAt, UpdatedAt = o.UpdatedAt,
    };

    internal static UnifiedStreamAccount From(UnifiedAccountAssets a) => new()
    {
        TotalEquity = a.AccountEquity, EffectiveEquity = a.EffectiveEquity, UnrealizedPnl = a.UnrealizedPnl, MaintenanceMargin = a.MaintenanceMargin,
        InitialMargin = a.InitialMargin, MarginRatio = a.MarginRatio,
        Coins = [.. (a.Assets ?? []).Select(c => new UnifiedStreamCoin { Coin = c.Coin, Equity = c.Equity, Balance = c.Balance, Available = c.Available, Locked = c.Locked, Debts = c.Debt, UsdValue = c.UsdValue })],
    };
}
