using Bitget.Client.Errors;
using Bitget.Client.Trading;

namespace Bitget.Client.Exchange;

/// <summary>Steps both adapters share, so the rules about writes live in one place.</summary>
internal static class ExchangePortOperations
{
    /// <summary>The most history orders one closing-order search reads (10 pages of 100).</summary>
    public const int MaxHistoryOrders = 1000;

    private const int HistoryPage = 100;

    /// <summary>
    /// Pages an order history newest first and keeps the orders created at or after <paramref name="since"/> that
    /// <paramref name="closes"/> the side, each order once (by its id). The record is whole once a page is short, has
    /// no next cursor, or reaches an order older than <paramref name="since"/> (v2 pages by <c>idLessThan</c> alone, since
    /// a time bound takes precedence over it). A cursor that does not move, a page with no order not seen before, or
    /// <see cref="MaxHistoryOrders"/> read without reaching the start → <see cref="OrderHistoryIncompleteException"/>:
    /// part of the record cannot settle what happened.
    /// </summary>
    public static async Task<IReadOnlyList<ExchangeOrder>> ClosingOrdersAsync<T>(
        string symbol,
        Func<string?, int, CancellationToken, Task<(IReadOnlyList<T> Orders, string? Cursor)>> page,
        Func<T, DateTimeOffset?> createdAt,
        Func<T, bool> closes,
        Func<T, ExchangeOrder> map,
        DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        var found = new List<ExchangeOrder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        while (seen.Count < MaxHistoryOrders)
        {
            var (orders, next) = await page(cursor, HistoryPage, cancellationToken).ConfigureAwait(false);
            var fresh = orders.Select(o => (Row: o, Order: map(o))).Where(o => seen.Add(o.Order.OrderId ?? o.Order.ClientOid)).ToList();
            found.AddRange(fresh.Where(o => createdAt(o.Row) >= since && closes(o.Row)).Select(o => o.Order));
            if (orders.Count < HistoryPage || next is null || fresh.Any(o => createdAt(o.Row) < since))
            {
                return found;
            }

            if (fresh.Count == 0 || next == cursor)
            {
                break;
            }

            cursor = next;
        }

        throw new OrderHistoryIncompleteException(symbol, since, seen.Count);
    }

    /// <summary>
    /// Reads an order Bitget has already accepted. The read is best-effort: when it fails (or finds nothing yet) the
    /// acknowledged order is returned, because throwing here would invite a caller to place it again.
    /// </summary>
    public static async Task<ExchangeOrder> ReadAcceptedAsync(Func<CancellationToken, Task<ExchangeOrder?>> read, ExchangeOrder acknowledged, CancellationToken cancellationToken)
    {
        try
        {
            return await read(cancellationToken).ConfigureAwait(false) ?? acknowledged;
        }
        catch (BitgetApiException)
        {
            return acknowledged;
        }
    }

    /// <summary>An order known only from Bitget's acknowledgement: accepted (<see cref="ExchangeOrderStatus.Live"/>), nothing known filled yet.</summary>
    public static ExchangeOrder Acknowledged(string? orderId, string clientOid, string symbol, decimal size) =>
        new(string.IsNullOrEmpty(orderId) ? null : orderId, clientOid, symbol.ToUpperInvariant(), ExchangeOrderStatus.Live, size, 0m, null, ReduceOnly: true);

    /// <summary>
    /// Totals per-item cancel results: "does not exist" counts as cancelled; any other failure makes the whole call
    /// throw <see cref="CancelOrdersIncompleteException"/> naming the orders still open.
    /// </summary>
    public static int CancelledOrThrow(string symbol, int succeeded, IEnumerable<(string? OrderId, string? Code)> failed)
    {
        var stillOpen = new List<string>();
        foreach (var (orderId, code) in failed)
        {
            if (BitgetErrorCatalog.KindOf(code) == BitgetErrorKind.NotFound)
            {
                succeeded++;
            }
            else
            {
                stillOpen.Add(orderId ?? string.Empty);
            }
        }

        return stillOpen.Count == 0 ? succeeded : throw new CancelOrdersIncompleteException(symbol, succeeded, stillOpen);
    }

    /// <summary>
    /// The reduce flow both APIs share: read the live position, size the order from it (capped at what is available,
    /// rounded down to the step), check the contract's minimums (refuse, or close fully when the caller asked for
    /// that), split it when it exceeds the largest market order, let the adapter encode and send each part, then read
    /// each accepted order best-effort. A part that fails stops the flow; the parts before it stand, and a repeated call
    /// with the same clientOid finds them by their derived clientOids instead of placing them again.
    /// </summary>
    /// <param name="request">What to reduce; its mode and margin mode are superseded by the live position's.</param>
    /// <param name="port">The adapter, for the fresh position read, the flash close and the order lookup.</param>
    /// <param name="specs">The adapter's contract-spec cache.</param>
    /// <param name="send">Sends one close for the held position, size and clientOid; returns Bitget's order id, if any.</param>
    /// <param name="cancellationToken">Cancels the flow.</param>
    public static async Task<IReadOnlyList<ExchangeOrder>> ReduceAsync(
        ReduceOrderRequest request,
        IExchangePort port,
        ContractSpecCache specs,
        Func<ExchangePosition, decimal, string, CancellationToken, Task<string?>> send,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientOid.Validate(request.ClientOid, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Size);
        var held = PositionToReduce(await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false), request);
        if (held.Available <= 0m)
        {
            throw new NothingAvailableToReduceException(held.Symbol, held.Side, held.Size);
        }

        var spec = await specs.GetAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        var size = spec.RoundSizeDown(Math.Min(request.Size, held.Available));
        if (ReduceSplit.MissedMinimum(spec, size, held.MarkPrice) is { } missed)
        {
            return request.BelowMinimum == BelowMinimumPolicy.CloseFully
                ? await port.ClosePositionAsync(request.Symbol, request.Side, held.Mode, cancellationToken).ConfigureAwait(false)
                : throw new OrderSizeBelowMinimumException(spec.Symbol, request.Size, size, spec.MinSize, missed, spec.MinNotional);
        }

        var parts = ReduceSplit.Parts(spec, size);
        var orders = new List<ExchangeOrder>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var clientOid = parts.Count == 1 ? request.ClientOid : ReduceSplit.ChildClientOid(request.ClientOid, i);
            var orderId = await send(held, parts[i], clientOid, cancellationToken).ConfigureAwait(false);
            orders.Add(await ReadAcceptedAsync(
                ct => port.FindOrderByClientOidAsync(request.Symbol, clientOid, ct),
                Acknowledged(orderId, clientOid, request.Symbol, parts[i]),
                cancellationToken).ConfigureAwait(false));
        }

        return orders;
    }

    /// <summary>
    /// The close flow both APIs share: read the live position fresh (so a one-way close never closes the other side,
    /// and its own mode decides the encoding: a hedge close sent without the side closes both), send nothing when that
    /// side holds nothing, let the adapter send the close (throwing on a refused item), then read each created order
    /// best-effort. An accepted close that names no order is an unknown outcome (<see cref="OrderOutcomeUnknownException"/>).
    /// </summary>
    /// <param name="symbol">The contract.</param>
    /// <param name="side">The side to close.</param>
    /// <param name="port">The adapter, for the fresh position read.</param>
    /// <param name="send">Sends the close for the held position; returns each created order's id and clientOid.</param>
    /// <param name="read">Reads one created order by its order id; the clientOid is the one Bitget returned.</param>
    /// <param name="cancellationToken">Cancels the flow.</param>
    public static async Task<IReadOnlyList<ExchangeOrder>> CloseAsync(
        string symbol,
        PositionSide side,
        IExchangePort port,
        Func<ExchangePosition, CancellationToken, Task<IEnumerable<(string? OrderId, string? ClientOid)>>> send,
        Func<string, string, CancellationToken, Task<ExchangeOrder?>> read,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        if (HeldSide(await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false), symbol, side) is not { } live)
        {
            return [];
        }

        var created = (await send(live, cancellationToken).ConfigureAwait(false)).ToList();
        if (created.Count == 0 || created.Any(i => string.IsNullOrEmpty(i.OrderId)))
        {
            // Accepted, yet naming no order: the side may well be closed, so this is no "nothing to close".
            throw new OrderOutcomeUnknownException([.. created.Select(i => i.ClientOid ?? string.Empty)], "close-positions", new InvalidOperationException($"Bitget accepted the {symbol} close without naming every order it created."));
        }

        var orders = new List<ExchangeOrder>();
        foreach (var (orderId, clientOid) in created)
        {
            orders.Add(await ReadAcceptedAsync(
                ct => read(orderId!, clientOid ?? string.Empty, ct),
                Acknowledged(orderId, clientOid ?? string.Empty, symbol, live.Size),
                cancellationToken).ConfigureAwait(false));
        }

        return orders;
    }

    /// <summary>
    /// The live position a reduce acts on, read right before sending. The caller's mode may be stale (a wrong mode
    /// encodes a different order on the wire), so the position's own mode and margin mode are used, and a side that
    /// holds nothing is refused rather than sent: a reduce must never open.
    /// </summary>
    public static ExchangePosition PositionToReduce(IReadOnlyList<ExchangePosition> positions, ReduceOrderRequest request) =>
        positions.FirstOrDefault(p => string.Equals(p.Symbol, request.Symbol, StringComparison.OrdinalIgnoreCase) && p.Side == request.Side && p.Size > 0m)
        ?? throw new NoPositionToReduceException(request.Symbol, request.Side);

    /// <summary>The live position of one side of a symbol, or null when that side holds nothing.</summary>
    public static ExchangePosition? HeldSide(IReadOnlyList<ExchangePosition> positions, string symbol, PositionSide side) =>
        positions.FirstOrDefault(p => string.Equals(p.Symbol, symbol, StringComparison.OrdinalIgnoreCase) && p.Side == side && p.Size > 0m);

    /// <summary>A position whose side or mode is unknown cannot be acted on safely, so it is an error, not a default.</summary>
    public static InvalidOperationException Incomplete(string symbol, string field) =>
        new($"Bitget sent a {symbol} position without {field}.");
}
