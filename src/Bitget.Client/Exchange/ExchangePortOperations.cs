using Bitget.Client.Errors;
using Bitget.Client.Orders;

namespace Bitget.Client.Exchange;

/// <summary>Steps both adapters share, so the rules about writes live in one place.</summary>
internal static class ExchangePortOperations
{
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
    /// rounded down to the step), let the adapter encode and send it, then read the accepted order best-effort.
    /// </summary>
    /// <param name="request">What to reduce; its mode and margin mode are superseded by the live position's.</param>
    /// <param name="port">The adapter, for the fresh position read and the order lookup.</param>
    /// <param name="specs">The adapter's contract-spec cache.</param>
    /// <param name="send">Sends the close for the held position and size; returns Bitget's order id, if any.</param>
    /// <param name="cancellationToken">Cancels the flow.</param>
    public static async Task<ExchangeOrder> ReduceAsync(
        ReduceOrderRequest request,
        IExchangePort port,
        ContractSpecCache specs,
        Func<ExchangePosition, decimal, CancellationToken, Task<string?>> send,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientOid.Validate(request.ClientOid, nameof(request));
        var held = PositionToReduce(await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false), request);
        var spec = await specs.GetAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        var size = ContractSpecCache.SizeForOrder(spec, Math.Min(request.Size, held.Available));
        var orderId = await send(held, size, cancellationToken).ConfigureAwait(false);
        return await ReadAcceptedAsync(
            ct => port.FindOrderByClientOidAsync(request.Symbol, request.ClientOid, ct),
            Acknowledged(orderId, request.ClientOid, request.Symbol, size),
            cancellationToken).ConfigureAwait(false);
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
