using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>
/// An order for <c>POST /api/v3/trade/place-order</c>, stated as intent; <see cref="UnifiedOrderDirection"/> encodes it.
/// </summary>
internal sealed record UnifiedPlaceOrderRequest
{
    /// <summary>Symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Category.</summary>
    public Category Category { get; init; } = Category.UsdtFutures;

    /// <summary>Margin mode (chosen per order in v3).</summary>
    public MarginMode MarginMode { get; init; } = MarginMode.Crossed;

    /// <summary>The account's hold mode.</summary>
    public required PositionMode HoldMode { get; init; }

    /// <summary>The position the order acts on.</summary>
    public required PositionSide PositionSide { get; init; }

    /// <summary>Open or close.</summary>
    public required OrderAction Action { get; init; }

    /// <summary>Market or limit.</summary>
    public OrderType OrderType { get; init; } = OrderType.Market;

    /// <summary>Quantity (base coin for USDT/USDC futures).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Limit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Time in force.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>Idempotency key (≤32 chars of [A-Za-z0-9_:-]); generated when null.</summary>
    public string? ClientOid { get; init; }

    /// <summary>Preset take-profit price (opening orders only).</summary>
    public decimal? TakeProfit { get; init; }

    /// <summary>Preset stop-loss price (opening orders only).</summary>
    public decimal? StopLoss { get; init; }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Symbol);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Quantity);
        if (OrderType == OrderType.Unknown)
        {
            throw new ArgumentException("Order type must be market or limit.", nameof(OrderType));
        }

        if ((OrderType == OrderType.Limit) != (Price is > 0))
        {
            throw new ArgumentException("A limit order needs a positive price and a market order none.", nameof(Price));
        }

        if (ClientOid is not null)
        {
            Trading.ClientOid.Validate(ClientOid, nameof(ClientOid));
        }
    }

    internal UnifiedPlaceOrderBody ToBody(string clientOid)
    {
        var direction = UnifiedOrderDirection.Encode(HoldMode, PositionSide, Action);
        return new UnifiedPlaceOrderBody(
            WireNames.Of(Category), Symbol, WireFormat.Decimal(Quantity), direction.Side, WireNames.Of(OrderType),
            Price is { } p ? WireFormat.Decimal(p) : null, TimeInForce is { } tif ? WireNames.Of(tif) : null,
            direction.PosSide, clientOid, direction.ReduceOnly, ExchangeWire.Of(MarginMode),
            TakeProfit is { } tp ? WireFormat.Decimal(tp) : null, StopLoss is { } sl ? WireFormat.Decimal(sl) : null);
    }
}
