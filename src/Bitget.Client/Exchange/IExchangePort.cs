using Bitget.Client.Trading;

namespace Bitget.Client.Exchange;

/// <summary>
/// Everything Sentinel needs from the exchange, the same for classic (v2) and unified (v3) accounts.
/// One adapter per API implements it; <see cref="AccountKind"/> says which one is in use.
/// Writes are never retried blindly: after an unknown outcome an adapter looks the order up by its clientOid.
/// </summary>
public interface IExchangePort
{
    /// <summary>The account kind this adapter speaks to.</summary>
    AccountKind AccountKind { get; }

    /// <summary>Tickers, positions and account, one exchange call each.</summary>
    Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>Open positions, read fresh (used right before acting).</summary>
    Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Trading rules of every contract of the product type, by symbol.</summary>
    Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Places a reduce-only market order against an existing position: one order, several when the size exceeds the
    /// contract's largest market order, or the flash close's orders when a below-minimum size is closed fully.
    /// </summary>
    Task<IReadOnlyList<ExchangeOrder>> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Closes one side of a position at market (flash close).</summary>
    Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places a whole-position stop-loss, or moves the one named by <see cref="StopLossRequest.Replaces"/>; returns the
    /// exchange's id of the stop order (the moved stop's own id when the API moves it in place).
    /// </summary>
    Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default);

    /// <summary>Pending stop-losses protecting positions (TP/SL plans and strategy orders; take-profits are left out), of one symbol or all.</summary>
    Task<IReadOnlyList<PositionStop>> GetPositionStopsAsync(string? symbol = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels one pending stop by the exchange's id; false when it was already gone (fired, replaced or cancelled).</summary>
    Task<bool> CancelPositionStopAsync(string symbol, string orderId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels every open order of a symbol; returns how many were cancelled (orders already gone count). Throws
    /// <see cref="CancelOrdersIncompleteException"/>, after cancelling what it could, when Bitget refused to cancel some.
    /// </summary>
    Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default);

    /// <summary>
    /// The symbol's finished orders that closed (some of) one position side and were created at or after
    /// <paramref name="since"/> (a local time, read on the exchange's clock by the offset the client measured), from the exchange's own order history, newest first, paged back
    /// to <paramref name="since"/>. A flash close takes no clientOid of ours, so after a lost reply this is how its orders
    /// are found: by what they did. Throws <see cref="OrderHistoryIncompleteException"/> when the history since then
    /// holds more than 1,000 orders (10 pages) or does not page: part of the record cannot tell.
    /// </summary>
    Task<IReadOnlyList<ExchangeOrder>> FindClosingOrdersAsync(string symbol, PositionSide side, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Looks an order up by our clientOid; null when the exchange does not know it.</summary>
    Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default);
}
