using Bitget.Client.Errors;
using Bitget.Client.Trading;
using Bitget.Client.V3;
using Bitget.Client.V3.Orders;

namespace Bitget.Client.Exchange;

/// <summary>
/// The exchange port over the unified-account v3 API (<see cref="BitgetClient.Unified"/>). Unified keys only; a
/// classic key gets <c>40084</c> (<see cref="BitgetErrorKind.WrongAccountKind"/>). Demo-coin product types have no v3 category.
/// </summary>
internal sealed class UnifiedExchangePort : IExchangePort, IDisposable
{
    private readonly BitgetClient _client;
    private readonly Category _category;
    private readonly string _marginCoin;
    private readonly ContractSpecCache _specs;

    /// <summary>Creates the adapter; <paramref name="timeProvider"/> times the contract-spec cache.</summary>
    public UnifiedExchangePort(BitgetClient client, ExchangePortOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client;
        _category = CategoryOf(options.GetProductType());
        _marginCoin = options.GetMarginCoin();
        _specs = new ContractSpecCache(LoadSpecsAsync, timeProvider ?? TimeProvider.System, options.ContractSpecTtl);
    }

    /// <inheritdoc />
    public AccountKind AccountKind => AccountKind.Unified;

    /// <summary>GET /api/v3/market/tickers, /api/v3/position/current-position and /api/v3/account/assets, concurrently.</summary>
    public async Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var tickers = _client.Unified.Market.GetTickersAsync(_category, cancellationToken: cancellationToken);
        var positions = _client.Unified.Positions.GetCurrentAsync(_category, cancellationToken: cancellationToken);
        var assets = _client.Unified.Account.GetAssetsAsync(cancellationToken);
        await Task.WhenAll(tickers, positions, assets).ConfigureAwait(false);
        var readAt = _client.Clock.Now;
        return new ExchangeSnapshot(
            readAt,
            UnifiedMapping.Tickers(await tickers.ConfigureAwait(false)),
            UnifiedMapping.Positions(await positions.ConfigureAwait(false), _marginCoin, readAt),
            UnifiedMapping.Account(await assets.ConfigureAwait(false), _marginCoin));
    }

    /// <summary>GET /api/v3/position/current-position.</summary>
    public async Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var positions = await _client.Unified.Positions.GetCurrentAsync(_category, cancellationToken: cancellationToken).ConfigureAwait(false);
        return UnifiedMapping.Positions(positions, _marginCoin, _client.Clock.Now);
    }

    /// <summary>GET /api/v3/market/instruments, cached for <see cref="ExchangePortOptions.ContractSpecTtl"/>.</summary>
    public Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default) =>
        _specs.GetAsync(cancellationToken);

    /// <summary>
    /// GET /api/v3/position/current-position (the live position's mode is used and its available size caps the order;
    /// no position on that side → <see cref="NoPositionToReduceException"/>, nothing sent), then
    /// POST /api/v3/trade/place-order as a close of the given side (one-way: <c>reduceOnly yes</c> on the opposite side;
    /// hedge: the opposite side + <c>posSide</c> of the position), size rounded down to the step; then
    /// GET /api/v3/trade/order-info by clientOid. Below the contract's minimum size or value: refused with
    /// <see cref="OrderSizeBelowMinimumException"/> before sending, or closed fully (flash close) when asked; above the
    /// largest market order: split into several orders with derived clientOids (<see cref="ReduceSplit"/>).
    /// </summary>
    public Task<IReadOnlyList<ExchangeOrder>> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default) =>
        ExchangePortOperations.ReduceAsync(request, this, _specs, async (held, size, clientOid, ct) =>
        {
            var ack = await _client.Unified.Orders.PlaceAsync(
                new UnifiedPlaceOrderRequest
                {
                    Symbol = request.Symbol, Category = _category, MarginMode = held.MarginMode, HoldMode = held.Mode,
                    PositionSide = request.Side, Action = OrderAction.Close, Quantity = size, ClientOid = clientOid,
                },
                ct).ConfigureAwait(false);
            return ack.OrderId;
        }, cancellationToken);

    /// <summary>
    /// POST /api/v3/trade/close-positions for one side, when a position of that side exists (read fresh first, so a
    /// one-way close never closes the other side); then GET /api/v3/trade/order-info for each order it created.
    /// The live position's mode decides the encoding (<paramref name="mode"/> may be stale: a hedge close sent
    /// without <c>posSide</c> closes both sides).
    /// </summary>
    public Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default) =>
        ExchangePortOperations.CloseAsync(
            symbol,
            side,
            this,
            async (live, ct) =>
            {
                var items = await _client.Unified.Orders.ClosePositionsAsync(symbol, live.Mode, side, _category, ct).ConfigureAwait(false);
                if (items.FirstOrDefault(i => !i.Succeeded) is { } failure)
                {
                    throw new BitgetApiException(failure.Code, failure.Message, null, "/api/v3/trade/close-positions");
                }

                return items.Select(i => (i.OrderId, i.ClientOid));
            },
            async (orderId, clientOid, ct) => UnifiedMapping.Order(await _client.Unified.Orders.GetAsync(orderId, ct).ConfigureAwait(false), symbol, clientOid),
            cancellationToken);

    /// <summary>
    /// GET /api/v3/position/current-position (no position on that side → <see cref="NoPositionToReduceException"/>,
    /// nothing sent), then POST /api/v3/trade/place-strategy-order (<c>type=tpsl</c>, <c>tpslMode=full</c>), triggered by
    /// the mark price, executed at market, reconciled by clientOid among open strategy orders
    /// (GET /api/v3/trade/unfilled-strategy-orders) before and after sending. v3 spells the side the same in both modes.
    /// With <see cref="StopLossRequest.Replaces"/> still open, that stop is moved instead
    /// (<see cref="MoveAsync"/>): v3 refuses a second full TP/SL on the side (25594), so place-then-cancel cannot work.
    /// </summary>
    public async Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientOid.Validate(request.ClientOid, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.TriggerPrice);
        var held = ExchangePortOperations.HeldSide(await GetPositionsAsync(cancellationToken).ConfigureAwait(false), request.Symbol, request.Side)
            ?? throw new NoPositionToReduceException(request.Symbol, request.Side);
        var spec = await _specs.GetAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        var trigger = spec.RoundPrice(request.TriggerPrice);
        if (request.Replaces is { } replaces && await FindStopAsync(request.Symbol, replaces, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return await MoveAsync(request, current, held.Size, trigger, cancellationToken).ConfigureAwait(false);
        }

        var ack = await _client.Unified.Orders.PlaceTpslAsync(
            new UnifiedTpslRequest
            {
                Symbol = request.Symbol, Category = _category, PositionSide = request.Side, StopLoss = trigger,
                TriggerBy = TriggerPriceType.MarkPrice, ClientOid = request.ClientOid,
            },
            cancellationToken).ConfigureAwait(false);
        return ack.OrderId ?? throw new BitgetApiException(null, "Bitget accepted the stop-loss without an order id.", null, "/api/v3/trade/place-strategy-order", BitgetErrorKind.Unknown);
    }

    /// <summary>
    /// GET /api/v3/trade/unfilled-strategy-orders, keeping the rows with a stop-loss price. A row protects the whole
    /// position when its <c>tpslMode</c> is <c>full</c>; the doc's and the live rows carry no <c>tpslMode</c>, so
    /// without one a row counts as whole when its <c>qty</c> is empty or zero, or at least the size of the position
    /// side it closes (GET /api/v3/position/current-position, read only then): such a stop closes all of it.
    /// </summary>
    public async Task<IReadOnlyList<PositionStop>> GetPositionStopsAsync(string? symbol = null, CancellationToken cancellationToken = default)
    {
        var orders = (await _client.Unified.Orders.GetUnfilledTpslAsync(_category, symbol, cancellationToken).ConfigureAwait(false))
            .Where(o => o.StopLoss is > 0m && !string.IsNullOrEmpty(o.Symbol)).ToList();
        var positions = orders.Any(o => o.TpslMode is null && o.Quantity is > 0m)
            ? await GetPositionsAsync(cancellationToken).ConfigureAwait(false)
            : [];
        return [.. orders.Select(o => new PositionStop(o.OrderId, o.ClientOid ?? string.Empty, o.Symbol!, o.PositionSide, o.StopLoss!.Value, UnifiedMapping.IsWholePosition(o, positions)))];
    }

    /// <summary>POST /api/v3/trade/cancel-strategy-order by id; a not-found refusal means it was already gone (false).</summary>
    public async Task<bool> CancelPositionStopAsync(string symbol, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        try
        {
            await _client.Unified.Orders.CancelTpslAsync(OrderReference.ById(orderId), _category, symbol, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BitgetApiException e) when (e.Kind == BitgetErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>POST /api/v3/trade/cancel-symbol-order for the symbol; returns the orders cancelled (already gone counts as cancelled; any other refusal → <see cref="CancelOrdersIncompleteException"/>). TP/SL strategy orders are kept.</summary>
    public async Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var items = await _client.Unified.Orders.CancelAllAsync(_category, symbol, cancellationToken).ConfigureAwait(false);
        return ExchangePortOperations.CancelledOrThrow(symbol, items.Count(i => i.Succeeded), items.Where(i => !i.Succeeded).Select(i => (i.OrderId, i.Code)));
    }

    /// <summary>GET /api/v3/trade/history-orders for the symbol from <paramref name="since"/> (page by page): the orders that closed the side.</summary>
    public Task<IReadOnlyList<ExchangeOrder>> FindClosingOrdersAsync(string symbol, PositionSide side, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        // Bitget stamps orders on its own clock: "since" (a local time) is read on it, by the offset the client measured.
        since += _client.Clock.Offset;
        return ExchangePortOperations.ClosingOrdersAsync(
            symbol,
            async (cursor, limit, ct) =>
            {
                var page = await _client.Unified.Orders.GetHistoryAsync(_category, symbol, since, cursor, limit, ct).ConfigureAwait(false);
                return (page.Items, page.Cursor);
            },
            o => o.CreatedAt,
            o => (o.Symbol is not { } s || string.Equals(s, symbol, StringComparison.OrdinalIgnoreCase)) && UnifiedMapping.Closes(o, side),
            o => UnifiedMapping.Order(o, symbol, o.ClientOid ?? string.Empty),
            since,
            cancellationToken);
    }

    /// <summary>GET /api/v3/trade/order-info by clientOid; null when Bitget does not know it (or it is another symbol's).</summary>
    public async Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientOid);
        var order = await _client.Unified.Orders.GetByClientOidAsync(clientOid, cancellationToken).ConfigureAwait(false);
        if (order is null || (order.Symbol is { } s && !string.Equals(s, symbol, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return UnifiedMapping.Order(order, symbol, clientOid);
    }

    /// <inheritdoc />
    public void Dispose() => _specs.Dispose();

    private static Category CategoryOf(ProductType productType) => productType switch
    {
        ProductType.UsdtFutures => Category.UsdtFutures,
        ProductType.UsdcFutures => Category.UsdcFutures,
        ProductType.CoinFutures => Category.CoinFutures,
        _ => throw new ArgumentException($"{productType.ToWire()} has no v3 category: unified accounts demo-trade with the paptrading header instead.", nameof(productType)),
    };

    private async Task<IReadOnlyDictionary<string, ContractSpec>> LoadSpecsAsync(CancellationToken cancellationToken)
    {
        var instruments = await _client.Unified.Market.GetInstrumentsAsync(_category, cancellationToken: cancellationToken).ConfigureAwait(false);
        return instruments.Select(i => i.ToContractSpec()).ToDictionary(s => s.Symbol, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// POST /api/v3/trade/modify-strategy-order: the stop keeps its order id and its clientOid (the endpoint takes no
    /// new one). A stop already at the trigger is left alone (a repeat after a lost reply). After a reply that proves
    /// nothing, the stop is read back: at the new trigger, the move took; otherwise its outcome is unknown.
    /// </summary>
    private async Task<string> MoveAsync(StopLossRequest request, UnifiedStrategyOrder current, decimal size, decimal trigger, CancellationToken cancellationToken)
    {
        if (current.StopLoss == trigger)
        {
            return current.OrderId;
        }

        try
        {
            // qty is sent although a full TP/SL has no size of its own: the SDKs that wrap this endpoint mark it required
            // on a modify (bitget-api's ModifyStrategyOrderRequestV3, go-bitget's modify service), unlike on a place,
            // where only a partial one needs it. It is the live position's size, read just before, so the stop covers
            // the whole position as it is now even if Bitget applied it.
            await _client.Unified.Orders.ModifyTpslAsync(
                new UnifiedTpslChange { OrderId = current.OrderId, StopLoss = trigger, TriggerBy = TriggerPriceType.MarkPrice, Quantity = size },
                cancellationToken).ConfigureAwait(false);
            return current.OrderId;
        }
        catch (BitgetApiException e) when (OrderPlacement.OutcomeUnknown(e) && e.Kind != BitgetErrorKind.DuplicateClientOid)
        {
            if ((await FindStopAsync(request.Symbol, current.OrderId, cancellationToken).ConfigureAwait(false))?.StopLoss == trigger)
            {
                return current.OrderId;
            }

            throw new OrderOutcomeUnknownException(request.ClientOid, UnifiedEndpoints.ModifyStrategyOrder.Path, e);
        }
    }

    private async Task<UnifiedStrategyOrder?> FindStopAsync(string symbol, string orderId, CancellationToken cancellationToken) =>
        (await _client.Unified.Orders.GetUnfilledTpslAsync(_category, symbol, cancellationToken).ConfigureAwait(false)).FirstOrDefault(o => o.OrderId == orderId);
}
