using Bitget.Client.Errors;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;

namespace Bitget.Client.Exchange;

/// <summary>
/// The exchange port over the classic v2 "mix" API (<see cref="BitgetClient.Market"/>, <see cref="BitgetClient.Account"/>,
/// <see cref="BitgetClient.Positions"/>, <see cref="BitgetClient.Orders"/>). Classic keys only; a unified key gets
/// <c>40085</c> (<see cref="BitgetErrorKind.WrongAccountKind"/>).
/// </summary>
internal sealed class ClassicExchangePort : IExchangePort, IDisposable
{
    private const int MaxBatch = 50;
    private readonly BitgetClient _client;
    private readonly ProductType _productType;
    private readonly string _marginCoin;
    private readonly ContractSpecCache _specs;

    /// <summary>Creates the adapter; <paramref name="timeProvider"/> times the contract-spec cache.</summary>
    public ClassicExchangePort(BitgetClient client, ExchangePortOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client;
        _productType = options.GetProductType();
        _marginCoin = options.GetMarginCoin();
        _specs = new ContractSpecCache(LoadSpecsAsync, timeProvider ?? TimeProvider.System, options.ContractSpecTtl);
    }

    /// <inheritdoc />
    public AccountKind AccountKind => AccountKind.Classic;

    /// <summary>GET /api/v2/mix/market/tickers, /api/v2/mix/position/all-position and /api/v2/mix/account/accounts, concurrently.</summary>
    public async Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var tickers = _client.Market.GetTickersAsync(_productType, cancellationToken);
        var positions = _client.Positions.GetAllAsync(_productType, cancellationToken: cancellationToken);
        var accounts = _client.Account.GetAccountsAsync(_productType, cancellationToken);
        await Task.WhenAll(tickers, positions, accounts).ConfigureAwait(false);
        var readAt = _client.Clock.Now;
        return new ExchangeSnapshot(
            readAt,
            ClassicMapping.Tickers(await tickers.ConfigureAwait(false)),
            ClassicMapping.Positions(await positions.ConfigureAwait(false), _marginCoin, readAt),
            ClassicMapping.Account(await accounts.ConfigureAwait(false), _marginCoin, _productType));
    }

    /// <summary>GET /api/v2/mix/position/all-position.</summary>
    public async Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var positions = await _client.Positions.GetAllAsync(_productType, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ClassicMapping.Positions(positions, _marginCoin, _client.Clock.Now);
    }

    /// <summary>GET /api/v2/mix/market/contracts, cached for <see cref="ExchangePortOptions.ContractSpecTtl"/>.</summary>
    public Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default) =>
        _specs.GetAsync(cancellationToken);

    /// <summary>
    /// GET /api/v2/mix/position/all-position (the live position's mode is used and its available size caps the order;
    /// no position on that side → <see cref="NoPositionToReduceException"/>, nothing sent), then
    /// POST /api/v2/mix/order/place-order as a close of the given side (one-way: reduce-only on the opposite side;
    /// hedge: <c>side</c> names the position + <c>tradeSide close</c>), size rounded down to the step; then
    /// GET /api/v2/mix/order/detail by clientOid. Below the contract's minimum size or value: refused with
    /// <see cref="OrderSizeBelowMinimumException"/> before sending, or closed fully (flash close) when asked; above the
    /// largest market order: split into several orders with derived clientOids (<see cref="ReduceSplit"/>).
    /// </summary>
    public Task<IReadOnlyList<ExchangeOrder>> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default) =>
        ExchangePortOperations.ReduceAsync(request, this, _specs, async (held, size, clientOid, ct) =>
        {
            var ack = await _client.Orders.PlaceAsync(
                new PlaceOrderRequest
                {
                    Symbol = request.Symbol, ProductType = _productType, MarginCoin = _marginCoin, MarginMode = held.MarginMode,
                    PositionMode = held.Mode, PositionSide = request.Side, Action = OrderAction.Close, Size = size, ClientOid = clientOid,
                },
                ct).ConfigureAwait(false);
            return ack.OrderId;
        }, cancellationToken);

    /// <summary>
    /// POST /api/v2/mix/order/close-positions for one side, when a position of that side exists (read fresh first, so a
    /// one-way flash close never closes the other side); then GET /api/v2/mix/order/detail for each order it created.
    /// The live position's mode decides the encoding (<paramref name="mode"/> may be stale: a hedge flash close sent
    /// without <c>holdSide</c> closes both sides).
    /// </summary>
    public Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default) =>
        ExchangePortOperations.CloseAsync(
            symbol,
            side,
            this,
            async (live, ct) =>
            {
                var result = await _client.Orders.ClosePositionsAsync(symbol, live.Mode, side, _productType, ct).ConfigureAwait(false);
                if (result.Failed.Count > 0)
                {
                    var failure = result.Failed[0];
                    throw new BitgetApiException(failure.ErrorCode, failure.ErrorMessage, null, "/api/v2/mix/order/close-positions");
                }

                return result.Succeeded.Select(i => (i.OrderId, i.ClientOid));
            },
            async (orderId, clientOid, ct) => ClassicMapping.Order(await _client.Orders.GetAsync(symbol, orderId, _productType, ct).ConfigureAwait(false), clientOid),
            cancellationToken);

    /// <summary>
    /// GET /api/v2/mix/position/all-position (the live position's mode spells <c>holdSide</c>; no position on that side →
    /// <see cref="NoPositionToReduceException"/>, nothing sent), then POST /api/v2/mix/order/place-tpsl-order with
    /// <c>planType=pos_loss</c>, triggered by the mark price, executed at market, reconciled by clientOid among pending
    /// plans (GET /api/v2/mix/order/orders-plan-pending) before and after sending.
    /// </summary>
    public async Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientOid.Validate(request.ClientOid, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.TriggerPrice);
        var held = ExchangePortOperations.HeldSide(await GetPositionsAsync(cancellationToken).ConfigureAwait(false), request.Symbol, request.Side)
            ?? throw new NoPositionToReduceException(request.Symbol, request.Side);
        var spec = await _specs.GetAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        var ack = await _client.Orders.PlaceTpslAsync(
            new TpslOrderRequest
            {
                Symbol = request.Symbol, ProductType = _productType, MarginCoin = _marginCoin, PositionMode = held.Mode,
                PositionSide = request.Side, PlanType = TpslPlanType.PositionLoss, TriggerPrice = spec.RoundPrice(request.TriggerPrice),
                TriggerType = TriggerPriceType.MarkPrice, ClientOid = request.ClientOid,
            },
            cancellationToken).ConfigureAwait(false);
        return ack.OrderId ?? throw new BitgetApiException(null, "Bitget accepted the stop-loss without an order id.", null, "/api/v2/mix/order/place-tpsl-order", BitgetErrorKind.Unknown);
    }

    /// <summary>
    /// GET /api/v2/mix/order/orders-plan-pending (<c>planType=profit_loss</c>), keeping the stop-loss plans (<c>pos_loss</c>,
    /// whole position; <c>loss_plan</c>, partial). The side is the plan's <c>posSide</c> in hedge mode; in one-way mode
    /// (<c>net</c>) it is read from <c>side</c>, which for a TP/SL plan is the <c>holdSide</c> it was placed with (buy = long).
    /// </summary>
    public async Task<IReadOnlyList<PositionStop>> GetPositionStopsAsync(string? symbol = null, CancellationToken cancellationToken = default)
    {
        var plans = await _client.Orders.GetPendingTpslAsync(_productType, symbol, cancellationToken).ConfigureAwait(false);
        return [.. plans.Where(p => p.PlanType is "pos_loss" or "loss_plan" && p.TriggerPrice is > 0m && !string.IsNullOrEmpty(p.Symbol))
            .Select(p => new PositionStop(p.OrderId, p.ClientOid ?? string.Empty, p.Symbol!, ClassicMapping.PlanSide(p), p.TriggerPrice!.Value, p.PlanType == "pos_loss"))];
    }

    /// <summary>POST /api/v2/mix/order/cancel-plan-order for one plan; a not-found refusal means it was already gone (false).</summary>
    public async Task<bool> CancelPositionStopAsync(string symbol, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var result = await _client.Orders.CancelTpslAsync(symbol, OrderReference.ById(orderId), _productType, _marginCoin, cancellationToken).ConfigureAwait(false);
        if (result.Failed.Count == 0)
        {
            return true;
        }

        var failure = result.Failed[0];
        return BitgetErrorCatalog.KindOf(failure.ErrorCode) == BitgetErrorKind.NotFound
            ? false
            : throw new BitgetApiException(failure.ErrorCode, failure.ErrorMessage, null, "/api/v2/mix/order/cancel-plan-order");
    }

    /// <summary>GET /api/v2/mix/order/orders-pending for the symbol (every page), then POST /api/v2/mix/order/batch-cancel-orders in batches of 50. TP/SL plans are kept. Orders already gone count as cancelled; any other refusal → <see cref="CancelOrdersIncompleteException"/> after cancelling the rest.</summary>
    public async Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.Orders.GetPendingAsync(_productType, symbol, cursor, 100, cancellationToken).ConfigureAwait(false);
            ids.AddRange(page.Orders.Select(o => o.OrderId));
            cursor = page.Orders.Count == 100 ? page.EndId : null;
        }
        while (cursor is not null);

        var cancelled = 0;
        var failed = new List<(string?, string?)>();
        foreach (var chunk in ids.Distinct().Chunk(MaxBatch))
        {
            var result = await _client.Orders.CancelBatchAsync(symbol, [.. chunk.Select(OrderReference.ById)], _productType, _marginCoin, cancellationToken).ConfigureAwait(false);
            cancelled += result.Succeeded.Count;
            failed.AddRange(result.Failed.Select(f => (f.OrderId, f.ErrorCode)));
        }

        return ExchangePortOperations.CancelledOrThrow(symbol, cancelled, failed);
    }

    /// <summary>
    /// GET /api/v2/mix/order/orders-history for the symbol, paged back by <c>idLessThan</c> until past <paramref name="since"/>
    /// (no <c>startTime</c>: it would take precedence over <c>idLessThan</c>, so every page would be the first): the orders that closed the side.
    /// </summary>
    public Task<IReadOnlyList<ExchangeOrder>> FindClosingOrdersAsync(string symbol, PositionSide side, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        // Bitget stamps orders on its own clock: "since" (a local time) is read on it, by the offset the client measured.
        since += _client.Clock.Offset;
        return ExchangePortOperations.ClosingOrdersAsync(
            symbol,
            async (cursor, limit, ct) =>
            {
                var page = await _client.Orders.GetHistoryAsync(_productType, symbol, cursor, limit, ct).ConfigureAwait(false);
                return (page.Orders, page.EndId);
            },
            o => o.CreatedAt,
            o => string.Equals(o.Symbol, symbol, StringComparison.OrdinalIgnoreCase) && ClassicMapping.Closes(o, side),
            o => ClassicMapping.Order(o, o.ClientOid ?? string.Empty),
            since,
            cancellationToken);
    }

    /// <summary>GET /api/v2/mix/order/detail by clientOid; null when Bitget does not know it.</summary>
    public async Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOid);
        var order = await _client.Orders.GetByClientOidAsync(symbol, clientOid, _productType, cancellationToken).ConfigureAwait(false);
        return order is null ? null : ClassicMapping.Order(order, clientOid);
    }

    /// <inheritdoc />
    public void Dispose() => _specs.Dispose();

    private async Task<IReadOnlyDictionary<string, ContractSpec>> LoadSpecsAsync(CancellationToken cancellationToken)
    {
        var contracts = await _client.Market.GetContractsAsync(_productType, cancellationToken: cancellationToken).ConfigureAwait(false);
        return contracts.Select(c => c.ToContractSpec()).ToDictionary(s => s.Symbol, StringComparer.OrdinalIgnoreCase);
    }
}
