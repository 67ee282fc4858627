using System.Text.Json.Serialization.Metadata;
using Bitget.Client.Errors;
using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.V2.Orders;

/// <summary>v2 mix orders: place (idempotent, reconciled by clientOid), batch, modify, cancel, flash close, TP/SL, queries.</summary>
internal sealed class OrdersApi
{
    private readonly BitgetTransport _transport;
    private readonly ClientOid _clientOids;
    private readonly OrderPlacement _placement;

    internal OrdersApi(BitgetTransport transport, BitgetClientOptions options, ClientOid clientOids, TimeProvider timeProvider, ILogger logger)
    {
        _transport = transport;
        _clientOids = clientOids;
        _placement = new OrderPlacement(options, timeProvider, logger);
    }

    /// <summary>
    /// Places an order. POST /api/v2/mix/order/place-order. Never places it twice: after a lost reply the order is
    /// looked up by its clientOid before anything is resent (see <see cref="OrderOutcomeUnknownException"/>). A
    /// caller-chosen clientOid is looked up first (GET /api/v2/mix/order/detail): Bitget frees a clientOid once its
    /// order filled or was cancelled, so a repeated call would otherwise place a second order; the existing one is
    /// returned instead. A close first re-reads the account's position mode (GET /api/v2/mix/account/account) and is
    /// refused with <see cref="PositionModeMismatchException"/> when it was encoded for the other mode.
    /// </summary>
    public async Task<OrderAck> PlaceAsync(PlaceOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        if (request.ClientOid is not null && await GetByClientOidAsync(request.Symbol, request.ClientOid, request.ProductType, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new OrderAck { OrderId = existing.OrderId, ClientOid = request.ClientOid };
        }

        if (request.Action == OrderAction.Close)
        {
            await RequireLiveModeAsync(request.Symbol, request.MarginCoin, request.ProductType, request.PositionMode, cancellationToken).ConfigureAwait(false);
        }

        var clientOid = request.ClientOid ?? _clientOids.Next();
        var body = request.ToBody(clientOid);
        return await _placement.PlaceAsync(
            clientOid,
            OrderEndpoints.PlaceOrder.Path,
            ct => _transport.PostAsync(OrderEndpoints.PlaceOrder, body, V2JsonContext.Default.PlaceOrderBody, V2JsonContext.Default.OrderAck, request.ProductType, ct),
            async ct => (await GetByClientOidAsync(request.Symbol, clientOid, request.ProductType, ct).ConfigureAwait(false))?.OrderId,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Places up to 50 orders of one symbol; read <see cref="BatchResult.Failed"/>. POST /api/v2/mix/order/batch-place-order.
    /// Closes re-read the live position mode first (as <see cref="PlaceAsync"/>). A failure that does not prove a refusal
    /// throws <see cref="OrderOutcomeUnknownException"/> carrying every clientOid sent, generated ones included.
    /// </summary>
    public async Task<BatchResult> PlaceBatchAsync(BatchPlaceOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Orders.Count, BatchPlaceOrdersRequest.MaxOrders);
        if (request.Orders.Any(o => o.Action == OrderAction.Close))
        {
            await RequireLiveModeAsync(request.Symbol, request.MarginCoin, request.ProductType, request.PositionMode, cancellationToken).ConfigureAwait(false);
        }

        var items = request.Orders.Select(o => ToBatchItem(request.PositionMode, o)).ToList();
        var body = new BatchPlaceBody(request.Symbol, request.ProductType.ToWire(), request.MarginCoin, ExchangeWire.Of(request.MarginMode), items);
        return await OrderPlacement.SendUnreconciledAsync(
            [.. items.Select(i => i.ClientOid)],
            OrderEndpoints.BatchPlaceOrder.Path,
            ct => PostAsync(OrderEndpoints.BatchPlaceOrder, body, V2JsonContext.Default.BatchPlaceBody, V2JsonContext.Default.BatchResult, request.ProductType, ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Changes a resting order (cancel + replace at Bitget). POST /api/v2/mix/order/modify-order. The replacement's
    /// clientOid (generated when null) is reconciled like a placement: after a lost reply it is looked up, then
    /// <see cref="OrderOutcomeUnknownException"/> carries it.
    /// </summary>
    public Task<OrderAck> ModifyAsync(ModifyOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Order.Validate();
        var newClientOid = request.NewClientOid ?? _clientOids.Next();
        var body = new ModifyOrderBody(request.Symbol, request.ProductType.ToWire(), request.Order.OrderId, request.Order.ClientOid, newClientOid, Wire(request.NewSize), Wire(request.NewPrice), Wire(request.NewPresetTakeProfitPrice), Wire(request.NewPresetStopLossPrice));
        return _placement.PlaceAsync(
            newClientOid,
            OrderEndpoints.ModifyOrder.Path,
            ct => PostAsync(OrderEndpoints.ModifyOrder, body, V2JsonContext.Default.ModifyOrderBody, V2JsonContext.Default.OrderAck, request.ProductType, ct),
            async ct => (await GetByClientOidAsync(request.Symbol, newClientOid, request.ProductType, ct).ConfigureAwait(false))?.OrderId,
            cancellationToken);
    }

    /// <summary>Cancels one order. POST /api/v2/mix/order/cancel-order</summary>
    public Task<OrderAck> CancelAsync(string symbol, OrderReference order, ProductType productType = ProductType.UsdtFutures, string? marginCoin = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        order.Validate();
        var body = new CancelOrderBody(symbol, productType.ToWire(), marginCoin, order.OrderId, order.ClientOid);
        return PostAsync(OrderEndpoints.CancelOrder, body, V2JsonContext.Default.CancelOrderBody, V2JsonContext.Default.OrderAck, productType, cancellationToken);
    }

    /// <summary>Cancels up to 50 orders of one symbol. POST /api/v2/mix/order/batch-cancel-orders</summary>
    public Task<BatchResult> CancelBatchAsync(string symbol, IReadOnlyList<OrderReference> orders, ProductType productType = ProductType.UsdtFutures, string? marginCoin = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(orders.Count, BatchPlaceOrdersRequest.MaxOrders);
        var body = new BatchCancelBody(symbol, productType.ToWire(), marginCoin, orders.Select(o => new OrderReferenceBody(o.OrderId, o.ClientOid)).ToList());
        return PostAsync(OrderEndpoints.BatchCancelOrders, body, V2JsonContext.Default.BatchCancelBody, V2JsonContext.Default.BatchResult, productType, cancellationToken);
    }

    /// <summary>Cancels every open order of the product type. POST /api/v2/mix/order/cancel-all-orders</summary>
    public Task<BatchResult> CancelAllAsync(ProductType productType = ProductType.UsdtFutures, string? marginCoin = null, CancellationToken cancellationToken = default) =>
        PostAsync(OrderEndpoints.CancelAllOrders, new CancelAllBody(productType.ToWire(), marginCoin), V2JsonContext.Default.CancelAllBody, V2JsonContext.Default.BatchResult, productType, cancellationToken);

    /// <summary>
    /// Closes positions at market (flash close). POST /api/v2/mix/order/close-positions. In hedge mode
    /// <paramref name="side"/> picks one side (null = both); in one-way mode the net position is closed.
    /// </summary>
    public Task<BatchResult> ClosePositionsAsync(string? symbol, PositionMode mode, PositionSide? side, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default)
    {
        var body = new ClosePositionsBody(symbol, productType.ToWire(), OrderDirection.FlashCloseHoldSide(mode, side));
        return PostAsync(OrderEndpoints.ClosePositions, body, V2JsonContext.Default.ClosePositionsBody, V2JsonContext.Default.BatchResult, productType, cancellationToken);
    }

    /// <summary>
    /// Places a TP/SL plan order. POST /api/v2/mix/order/place-tpsl-order, reconciled like <see cref="PlaceAsync"/>: a
    /// caller-chosen clientOid is looked up among pending plans first (GET /api/v2/mix/order/orders-plan-pending), and
    /// after a lost reply the plan is looked up there by clientOid, then <see cref="OrderOutcomeUnknownException"/>.
    /// </summary>
    public async Task<OrderAck> PlaceTpslAsync(TpslOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ClientOid is not null && await FindPlanByClientOidAsync(request.Symbol, request.ClientOid, request.ProductType, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new OrderAck { OrderId = existing.OrderId, ClientOid = request.ClientOid };
        }

        var clientOid = request.ClientOid ?? _clientOids.Next();
        var body = new TpslOrderBody(request.MarginCoin, request.ProductType.ToWire(), request.Symbol, WireNames.Of(request.PlanType), WireFormat.Decimal(request.TriggerPrice), TriggerType(request.TriggerType), Wire(request.ExecutePrice), OrderDirection.TpslHoldSide(request.PositionMode, request.PositionSide), Wire(request.Size), Wire(request.RangeRate), clientOid);
        return await _placement.PlaceAsync(
            clientOid,
            OrderEndpoints.PlaceTpslOrder.Path,
            ct => PostAsync(OrderEndpoints.PlaceTpslOrder, body, V2JsonContext.Default.TpslOrderBody, V2JsonContext.Default.OrderAck, request.ProductType, ct),
            async ct => (await FindPlanByClientOidAsync(request.Symbol, clientOid, request.ProductType, ct).ConfigureAwait(false))?.OrderId,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets a position's take profit and/or stop loss at once. POST /api/v2/mix/order/place-pos-tpsl. A failure that
    /// does not prove a refusal throws <see cref="OrderOutcomeUnknownException"/> carrying both clientOids.
    /// </summary>
    public Task<IReadOnlyList<PositionTpslAck>> PlacePositionTpslAsync(PositionTpslRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TakeProfitTriggerPrice is null && request.StopLossTriggerPrice is null)
        {
            throw new ArgumentException("Set a take-profit or a stop-loss trigger price.", nameof(request));
        }

        var tpOid = request.TakeProfitTriggerPrice is null ? null : request.TakeProfitClientOid ?? _clientOids.Next();
        var slOid = request.StopLossTriggerPrice is null ? null : request.StopLossClientOid ?? _clientOids.Next();
        var body = new PositionTpslBody(request.MarginCoin, request.ProductType.ToWire(), request.Symbol, OrderDirection.TpslHoldSide(request.PositionMode, request.PositionSide), Wire(request.TakeProfitTriggerPrice), TriggerType(request.TakeProfitTriggerType), Wire(request.TakeProfitExecutePrice), tpOid, Wire(request.StopLossTriggerPrice), TriggerType(request.StopLossTriggerType), Wire(request.StopLossExecutePrice), slOid);
        return OrderPlacement.SendUnreconciledAsync(
            [.. new[] { tpOid, slOid }.OfType<string>()],
            OrderEndpoints.PlacePositionTpsl.Path,
            ct => PostAsync(OrderEndpoints.PlacePositionTpsl, body, V2JsonContext.Default.PositionTpslBody, V2JsonContext.Default.IReadOnlyListPositionTpslAck, request.ProductType, ct),
            cancellationToken);
    }

    /// <summary>Pending TP/SL plans of the product type (or one symbol). GET /api/v2/mix/order/orders-plan-pending (<c>planType=profit_loss</c>)</summary>
    public async Task<IReadOnlyList<PlanOrder>> GetPendingTpslAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryParameters().Add("productType", productType.ToWire()).Add("symbol", symbol).Add("planType", "profit_loss");
        var page = await _transport.GetAsync(OrderEndpoints.OrdersPlanPending, query, V2JsonContext.Default.PlanOrderPage, productType, cancellationToken).ConfigureAwait(false);
        return page?.Plans ?? [];
    }

    /// <summary>
    /// Cancels one TP/SL plan. POST /api/v2/mix/order/cancel-plan-order (<c>planType=profit_loss</c>); read
    /// <see cref="BatchResult.Failed"/> (a plan already gone fails there with a not-found code).
    /// </summary>
    public Task<BatchResult> CancelTpslAsync(string symbol, OrderReference plan, ProductType productType = ProductType.UsdtFutures, string? marginCoin = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(plan);
        plan.Validate();
        var body = new CancelPlanBody(symbol, productType.ToWire(), marginCoin, "profit_loss", [new OrderReferenceBody(plan.OrderId, plan.ClientOid)]);
        return PostAsync(OrderEndpoints.CancelPlanOrder, body, V2JsonContext.Default.CancelPlanBody, V2JsonContext.Default.BatchResult, productType, cancellationToken);
    }

    /// <summary>A pending TP/SL plan by our clientOid; null when none is pending. GET /api/v2/mix/order/orders-plan-pending</summary>
    public async Task<PlanOrder?> FindPlanByClientOidAsync(string symbol, string clientOid, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        (await GetPendingTpslAsync(productType, symbol, cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.ClientOid == clientOid);

    /// <summary>An order by Bitget's id. GET /api/v2/mix/order/detail</summary>
    public Task<FuturesOrder> GetAsync(string symbol, string orderId, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(OrderEndpoints.Detail, new QueryParameters().Add("symbol", symbol).Add("productType", productType.ToWire()).Add("orderId", orderId), V2JsonContext.Default.FuturesOrder, productType, cancellationToken);

    /// <summary>An order by our clientOid; null when Bitget does not know it. GET /api/v2/mix/order/detail</summary>
    public async Task<FuturesOrder?> GetByClientOidAsync(string symbol, string clientOid, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default)
    {
        try
        {
            var query = new QueryParameters().Add("symbol", symbol).Add("productType", productType.ToWire()).Add("clientOid", clientOid);
            var order = await _transport.GetAsync(OrderEndpoints.Detail, query, V2JsonContext.Default.FuturesOrder, productType, cancellationToken).ConfigureAwait(false);
            return order is null || string.IsNullOrEmpty(order.OrderId) ? null : order;
        }
        catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>Open orders (live and partially filled). GET /api/v2/mix/order/orders-pending</summary>
    public async Task<OrderPage> GetPendingAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, string? idLessThan = null, int? limit = null, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(OrderEndpoints.OrdersPending, Page(productType, symbol, idLessThan, limit), V2JsonContext.Default.OrderPage, productType, cancellationToken).ConfigureAwait(false) ?? new OrderPage();

    /// <summary>Finished orders of the last 90 days. GET /api/v2/mix/order/orders-history</summary>
    public Task<OrderPage> GetHistoryAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, string? idLessThan = null, int? limit = null, CancellationToken cancellationToken = default) =>
        GetHistoryAsync(productType, symbol, idLessThan, limit, startTime: null, cancellationToken);

    /// <summary>Finished orders created at or after <paramref name="startTime"/> (Bitget's clock). GET /api/v2/mix/order/orders-history</summary>
    public async Task<OrderPage> GetHistoryAsync(ProductType productType, string? symbol, string? idLessThan, int? limit, DateTimeOffset? startTime, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(OrderEndpoints.OrdersHistory, Page(productType, symbol, idLessThan, limit).Add("startTime", startTime), V2JsonContext.Default.OrderPage, productType, cancellationToken).ConfigureAwait(false) ?? new OrderPage();

    /// <summary>Our fills. GET /api/v2/mix/order/fills</summary>
    public Task<FillPage> GetFillsAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, string? orderId = null, string? idLessThan = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(OrderEndpoints.Fills, Page(productType, symbol, idLessThan, limit).Add("orderId", orderId), V2JsonContext.Default.FillPage, productType, cancellationToken);

    /// <summary>Our fills, older range (not available in demo trading). GET /api/v2/mix/order/fill-history</summary>
    public Task<FillPage> GetFillHistoryAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, string? orderId = null, string? idLessThan = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(OrderEndpoints.FillHistory, Page(productType, symbol, idLessThan, limit).Add("orderId", orderId), V2JsonContext.Default.FillPage, productType, cancellationToken);

    /// <summary>
    /// A close encoded for a stale mode has no reduce-only safety net on v2 (a hedge <c>tradeSide</c> is ignored by a
    /// one-way account), so the live mode is read right before sending; the mode cannot change while a position exists.
    /// </summary>
    private async Task RequireLiveModeAsync(string symbol, string marginCoin, ProductType productType, PositionMode stated, CancellationToken cancellationToken)
    {
        var query = new QueryParameters().Add("symbol", symbol).Add("productType", productType.ToWire()).Add("marginCoin", marginCoin);
        var account = await _transport.GetAsync(AccountEndpoints.Account, query, V2JsonContext.Default.FuturesAccount, productType, cancellationToken).ConfigureAwait(false);
        var live = account?.PositionMode ?? throw new InvalidOperationException($"Bitget sent the {symbol} account without posMode; the close was not sent.");
        if (live != stated)
        {
            throw new PositionModeMismatchException(symbol, stated, live);
        }
    }

    private static QueryParameters Page(ProductType productType, string? symbol, string? idLessThan, int? limit) =>
        new QueryParameters().Add("productType", productType.ToWire()).Add("symbol", symbol).Add("idLessThan", idLessThan).Add("limit", limit);

    private Task<T> PostAsync<TBody, T>(BitgetEndpoint endpoint, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, ProductType productType, CancellationToken cancellationToken) =>
        _transport.PostAsync(endpoint, body, bodyType, type, productType, cancellationToken);

    private BatchPlaceItemBody ToBatchItem(PositionMode mode, BatchOrderItem item)
    {
        var direction = OrderDirection.Encode(mode, item.PositionSide, item.Action);
        return new BatchPlaceItemBody(WireFormat.Decimal(item.Size), Wire(item.Price), direction.Side, direction.TradeSide, WireNames.Of(item.OrderType), item.TimeInForce is { } tif ? WireNames.Of(tif) : null, item.ClientOid ?? _clientOids.Next(), direction.ReduceOnly);
    }

    private static string? Wire(decimal? value) => value is { } v ? WireFormat.Decimal(v) : null;

    private static string? TriggerType(TriggerPriceType? type) => type is { } t ? WireNames.Of(t) : null;
}
