namespace Bitget.Client.Trading;

/// <summary>An order as the exchange reports it.</summary>
/// <param name="OrderId">Exchange order id; null when the exchange accepted the order without returning one.</param>
/// <param name="ClientOid">Our idempotency key.</param>
/// <param name="Symbol">Contract symbol.</param>
/// <param name="Status">Current status.</param>
/// <param name="Size">Ordered size.</param>
/// <param name="FilledSize">Filled size so far.</param>
/// <param name="AveragePrice">Average fill price, when filled at all.</param>
/// <param name="ReduceOnly">Whether the order can only reduce a position.</param>
public sealed record ExchangeOrder(
    string? OrderId,
    string ClientOid,
    string Symbol,
    ExchangeOrderStatus Status,
    decimal Size,
    decimal FilledSize,
    decimal? AveragePrice,
    bool ReduceOnly);
