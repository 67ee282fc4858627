using Bitget.Client.Errors;
using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.V3.Orders;

/// <summary>v3 orders: place (reconciled by clientOid), batch, cancel, cancel by symbol, close positions, queries, TP/SL.</summary>
internal sealed class UnifiedOrdersApi
{
    private readonly BitgetTransport _transport;
    private readonly ClientOid _clientOids;
    private readonly OrderPlacement _placement;

    internal UnifiedOrdersApi(BitgetTransport transport, BitgetClientOptions options, ClientOid clientOids, TimeProvider timeProvider, ILogger logger)
    {
        _transport = transport;
        _clientOids = clientOids;
        _placement = new OrderPlacement(options, timeProvider, logger);
    }

    /// <summary>
    /// Places an order; after a lost reply or <c>25212</c> it is looked up by clientOid before anything is resent.
    /// POST /api/v3/trade/place-order. A caller-chosen clientOid is looked up first (GET /api/v3/trade/order-info):
    /// v3 only refuses a repeated clientOid while the first order is pending, so a repeated call after a fill would
    /// otherwise place a second order; the existing order is returned instead.
    /// </summary>
    public async Task<OrderAck> PlaceAsync(UnifiedPlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        if (request.ClientOid is not null && await GetByClientOidAsync(request.ClientOid, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new OrderAck { OrderId = existing.OrderId, ClientOid = request.ClientOid };
        }

        var clientOid = request.ClientOid ?? _clientOids.Next();
        var body = request.ToBody(clientOid);
        return await _placement.PlaceAsync(
            clientOid,
            UnifiedEndpoints.PlaceOrder.Path,
            ct => _transport.PostAsync(UnifiedEndpoints.PlaceOrder, body, V3JsonContext.Default.UnifiedPlaceOrderBody, V3JsonContext.Default.OrderAck, null, ct),
            async ct => (await GetByClientOidAsync(clientOid, ct).ConfigureAwait(false))?.OrderId,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Places up to 20 opening orders of one category; check each item's code. POST /api/v3/trade/place-batch. Closes are
    /// refused with <see cref="BatchCloseNotSupportedException"/> before anything is sent: the endpoint does not
    /// support reduce-only, so a close could open or flip a position.
    /// </summary>
    public Task<IReadOnlyList<UnifiedItemResult>> PlaceBatchAsync(IReadOnlyList<UnifiedPlaceOrderRequest> orders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(orders.Count, 20);
        foreach (var order in orders)
        {
            order.Validate();
        }

        if (orders.Any(o => o.Action != OrderAction.Open))
        {
            throw new BatchCloseNotSupportedException([.. orders.Where(o => o.Action != OrderAction.Open).Select(o => o.ClientOid ?? string.Empty)]);
        }

        var body = orders.Select(o => o.ToBody(o.ClientOid ?? _clientOids.Next())).ToList();
        return OrderPlacement.SendUnreconciledAsync(
            [.. body.Select(b => b.ClientOid)],
            UnifiedEndpoints.PlaceBatch.Path,
            ct => _transport.PostAsync(UnifiedEndpoints.PlaceBatch, (IReadOnlyList<UnifiedPlaceOrderBody>)body, V3JsonContext.Default.IReadOnlyListUnifiedPlaceOrderBody, V3JsonContext.Default.IReadOnlyListUnifiedItemResult, null, ct),
            cancellationToken);
    }

    /// <summary>Cancels one order by id or clientOid. POST /api/v3/trade/cancel-order</summary>
    public Task<OrderAck> CancelAsync(OrderReference order, Category? category = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var body = new UnifiedBodies.OrderRef(order.OrderId, order.ClientOid, category is { } c ? WireNames.Of(c) : null, null);
        return _transport.PostAsync(UnifiedEndpoints.CancelOrder, body, V3JsonContext.Default.OrderRef, V3JsonContext.Default.OrderAck, null, cancellationToken);
    }

    /// <summary>Cancels every open order of a category (or one symbol). POST /api/v3/trade/cancel-symbol-order</summary>
    public async Task<IReadOnlyList<UnifiedItemResult>> CancelAllAsync(Category category = Category.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default) =>
        (await _transport.PostAsync(UnifiedEndpoints.CancelSymbolOrders, new UnifiedBodies.SymbolScope(WireNames.Of(category), symbol, null), V3JsonContext.Default.SymbolScope, V3JsonContext.Default.UnifiedPageUnifiedItemResult, null, cancellationToken).ConfigureAwait(false))?.Items ?? [];

    /// <summary>Closes positions at market; <paramref name="side"/> is sent in hedge mode only. POST /api/v3/trade/close-positions</summary>
    public async Task<IReadOnlyList<UnifiedItemResult>> ClosePositionsAsync(string? symbol, PositionMode mode, PositionSide? side, Category category = Category.UsdtFutures, CancellationToken cancellationToken = default)
    {
        var posSide = mode == PositionMode.Hedge && side is { } s ? ExchangeWire.Of(s) : null;
        var page = await _transport.PostAsync(UnifiedEndpoints.ClosePositions, new UnifiedBodies.SymbolScope(WireNames.Of(category), symbol, posSide), V3JsonContext.Default.SymbolScope, V3JsonContext.Default.UnifiedPageUnifiedItemResult, null, cancellationToken).ConfigureAwait(false);
        return page?.Items ?? [];
    }

    /// <summary>An order by Bitget's id. GET /api/v3/trade/order-info</summary>
    public Task<UnifiedOrder> GetAsync(string orderId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.OrderInfo, new QueryParameters().Add("orderId", orderId), V3JsonContext.Default.UnifiedOrder, null, cancellationToken);

    /// <summary>An order by clientOid; null when Bitget does not know it. GET /api/v3/trade/order-info</summary>
    public async Task<UnifiedOrder?> GetByClientOidAsync(string clientOid, CancellationToken cancellationToken = default)
    {
        try
        {
            var order = await _transport.GetAsync(UnifiedEndpoints.OrderInfo, new QueryParameters().Add("clientOid", clientOid), V3JsonContext.Default.UnifiedOrder, null, cancellationToken).ConfigureAwait(false);
            return order is null || string.IsNullOrEmpty(order.OrderId) ? null : order;
        }
        catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>Open orders. GET /api/v3/trade/unfilled-orders</summary>
    public async Task<UnifiedPage<UnifiedOrder>> GetUnfilledAsync(Category? category = null, string? symbol = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(UnifiedEndpoints.UnfilledOrders, Page(category, symbol, cursor, limit), V3JsonContext.Default.UnifiedPageUnifiedOrder, null, cancellationToken).ConfigureAwait(false) ?? new UnifiedPage<UnifiedOrder>();

    /// <summary>Finished orders created at or after <paramref name="startTime"/> (Bitget's clock; 90 days back, at most 30 days a query). GET /api/v3/trade/history-orders</summary>
    public async Task<UnifiedPage<UnifiedOrder>> GetHistoryAsync(Category category, string? symbol = null, DateTimeOffset? startTime = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(UnifiedEndpoints.HistoryOrders, Page(category, symbol, cursor, limit).Add("startTime", startTime), V3JsonContext.Default.UnifiedPageUnifiedOrder, null, cancellationToken).ConfigureAwait(false) ?? new UnifiedPage<UnifiedOrder>();

    /// <summary>Our fills. GET /api/v3/trade/fills</summary>
    public async Task<UnifiedPage<UnifiedFill>> GetFillsAsync(Category? category = null, string? orderId = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(UnifiedEndpoints.Fills, Page(category, null, cursor, limit).Add("orderId", orderId), V3JsonContext.Default.UnifiedPageUnifiedFill, null, cancellationToken).ConfigureAwait(false) ?? new UnifiedPage<UnifiedFill>();

    /// <summary>
    /// Places a position TP/SL (whole position unless a quantity is given). POST /api/v3/trade/place-strategy-order,
    /// reconciled like <see cref="PlaceAsync"/>: a caller-chosen clientOid is looked up among open strategy orders
    /// first (GET /api/v3/trade/unfilled-strategy-orders), and after a lost reply the order is looked up there by
    /// clientOid, then <see cref="OrderOutcomeUnknownException"/>.
    /// </summary>
    public async Task<OrderAck> PlaceTpslAsync(UnifiedTpslRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TakeProfit is null && request.StopLoss is null)
        {
            throw new ArgumentException("Set a take-profit or a stop-loss price.", nameof(request));
        }

        if (request.ClientOid is not null && await FindTpslByClientOidAsync(request.Category, request.Symbol, request.ClientOid, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new OrderAck { OrderId = existing.OrderId, ClientOid = request.ClientOid };
        }

        var clientOid = request.ClientOid ?? _clientOids.Next();
        var triggerBy = request.TriggerBy switch { TriggerPriceType.MarkPrice => "mark", TriggerPriceType.LastPrice => "market", _ => null };
        var body = new UnifiedBodies.StrategyTpsl(
            WireNames.Of(request.Category), request.Symbol, "tpsl", request.Quantity is null ? "full" : "partial", request.Quantity is { } q ? WireFormat.Decimal(q) : null,
            ExchangeWire.Of(request.PositionSide), Wire(request.TakeProfit), Wire(request.StopLoss),
            request.TakeProfit is null ? null : triggerBy, request.StopLoss is null ? null : triggerBy,
            request.TakeProfit is null ? null : "market", request.StopLoss is null ? null : "market", clientOid);
        return await _placement.PlaceAsync(
            clientOid,
            UnifiedEndpoints.PlaceStrategyOrder.Path,
            ct => _transport.PostAsync(UnifiedEndpoints.PlaceStrategyOrder, body, V3JsonContext.Default.StrategyTpsl, V3JsonContext.Default.OrderAck, null, ct),
            async ct => (await FindTpslByClientOidAsync(request.Category, request.Symbol, clientOid, ct).ConfigureAwait(false))?.OrderId,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An open TP/SL or trigger order by our clientOid; null when none is open. GET /api/v3/trade/unfilled-strategy-orders</summary>
    public async Task<UnifiedStrategyOrder?> FindTpslByClientOidAsync(Category category, string symbol, string clientOid, CancellationToken cancellationToken = default) =>
        (await GetUnfilledTpslAsync(category, symbol, cancellationToken).ConfigureAwait(false)).FirstOrDefault(o => o.ClientOid == clientOid);

    /// <summary>Open TP/SL and trigger orders. GET /api/v3/trade/unfilled-strategy-orders</summary>
    public async Task<IReadOnlyList<UnifiedStrategyOrder>> GetUnfilledTpslAsync(Category category = Category.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(UnifiedEndpoints.UnfilledStrategyOrders, new QueryParameters().Add("category", WireNames.Of(category)).Add("symbol", symbol), V3JsonContext.Default.IReadOnlyListUnifiedStrategyOrder, null, cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>
    /// Moves an open TP/SL in place: its order id and clientOid stay. POST /api/v3/trade/modify-strategy-order. Not
    /// retried: after a lost reply the caller reads the order back (GET /api/v3/trade/unfilled-strategy-orders) to see
    /// whether the change took.
    /// </summary>
    public Task<OrderAck> ModifyTpslAsync(UnifiedTpslChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(change.OrderId);
        if (change.TakeProfit is null && change.StopLoss is null)
        {
            throw new ArgumentException("Set a take-profit or a stop-loss price.", nameof(change));
        }

        var triggerBy = change.TriggerBy switch { TriggerPriceType.MarkPrice => "mark", TriggerPriceType.LastPrice => "market", _ => null };
        var body = new UnifiedBodies.ModifyStrategyTpsl(
            change.OrderId, Wire(change.Quantity), Wire(change.TakeProfit), Wire(change.StopLoss),
            change.TakeProfit is null ? null : triggerBy, change.StopLoss is null ? null : triggerBy);
        return _transport.PostAsync(UnifiedEndpoints.ModifyStrategyOrder, body, V3JsonContext.Default.ModifyStrategyTpsl, V3JsonContext.Default.OrderAck, null, cancellationToken);
    }

    /// <summary>Cancels a TP/SL or trigger order. POST /api/v3/trade/cancel-strategy-order</summary>
    public Task CancelTpslAsync(OrderReference order, Category category = Category.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var body = new UnifiedBodies.OrderRef(order.OrderId, order.ClientOid, WireNames.Of(category), symbol);
        return _transport.PostAsync(UnifiedEndpoints.CancelStrategyOrder, body, V3JsonContext.Default.OrderRef, V3JsonContext.Default.String, null, cancellationToken);
    }

    private static QueryParameters Page(Category? category, string? symbol, string? cursor, int? limit) =>
        new QueryParameters().Add("category", category is { } c ? WireNames.Of(c) : null).Add("symbol", symbol).Add("cursor", cursor).Add("limit", limit);

    private static string? Wire(decimal? value) => value is { } v ? WireFormat.Decimal(v) : null;
}
