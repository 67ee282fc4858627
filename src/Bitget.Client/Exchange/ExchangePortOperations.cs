using Bitget.Client.Errors;

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
    /// The live position a reduce acts on, read right before sending. The caller's mode may be stale (a wrong mode
    /// encodes a different order on the wire), so the position's own mode and margin mode are used, and a side that
    /// holds nothing is refused rather than sent: a reduce must never open.
    /// </summary>
    public static ExchangePosition PositionToReduce(IReadOnlyList<ExchangePosition> positions, ReduceOrderRequest request) =>
        positions.FirstOrDefault(p => string.Equals(p.Symbol, request.Symbol, StringComparison.OrdinalIgnoreCase) && p.Side == request.Side && p.Size > 0m)
        ?? throw new NoPositionToReduceException(request.Symbol, request.Side);

    /// <summary>A position whose side or mode is unknown cannot be acted on safely, so it is an error, not a default.</summary>
    public static InvalidOperationException Incomplete(string symbol, string field) =>
        new($"Bitget sent a {symbol} position without {field}.");
}
