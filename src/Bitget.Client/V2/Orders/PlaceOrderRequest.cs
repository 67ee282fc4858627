using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>
/// An order for <c>POST /api/v2/mix/order/place-order</c>, stated as intent (which position, open or close);
/// <see cref="OrderDirection"/> turns it into <c>side</c>/<c>tradeSide</c>/<c>reduceOnly</c> for the account's mode.
/// </summary>
internal sealed record PlaceOrderRequest
{
    /// <summary>Contract symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Product type.</summary>
    public ProductType ProductType { get; init; } = ProductType.UsdtFutures;

    /// <summary>Margin coin, upper case (e.g. <c>USDT</c>).</summary>
    public required string MarginCoin { get; init; }

    /// <summary>Margin mode of the position.</summary>
    public MarginMode MarginMode { get; init; } = MarginMode.Crossed;

    /// <summary>The account's position mode; decides how the direction is encoded.</summary>
    public required PositionMode PositionMode { get; init; }

    /// <summary>The position the order acts on.</summary>
    public required PositionSide PositionSide { get; init; }

    /// <summary>Open (add) or close (reduce).</summary>
    public required OrderAction Action { get; init; }

    /// <summary>Market or limit.</summary>
    public OrderType OrderType { get; init; } = OrderType.Market;

    /// <summary>Size in the base coin; round with <see cref="ContractSpec.RoundSizeDown"/> first.</summary>
    public required decimal Size { get; init; }

    /// <summary>Limit price (limit orders only).</summary>
    public decimal? Price { get; init; }

    /// <summary>Time in force (limit orders); Bitget's default is GTC.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>Idempotency key; generated when null. Keep it to look the order up after a lost reply.</summary>
    public string? ClientOid { get; init; }

    /// <summary>Preset take-profit trigger price (opening orders).</summary>
    public decimal? PresetTakeProfitPrice { get; init; }

    /// <summary>Preset stop-loss trigger price (opening orders).</summary>
    public decimal? PresetStopLossPrice { get; init; }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Symbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(MarginCoin);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Size);
        if (OrderType == OrderType.Limit && Price is not > 0)
        {
            throw new ArgumentException("A limit order needs a positive price.", nameof(Price));
        }

        if (OrderType == OrderType.Market && Price is not null)
        {
            throw new ArgumentException("A market order takes no price.", nameof(Price));
        }

        if (OrderType == OrderType.Unknown)
        {
            throw new ArgumentException("Order type must be market or limit.", nameof(OrderType));
        }

        if (ClientOid is not null)
        {
            Trading.ClientOid.Validate(ClientOid, nameof(ClientOid));
        }
    }

    internal PlaceOrderBody ToBody(string clientOid)
    {
        var direction = OrderDirection.Encode(PositionMode, PositionSide, Action);
        return new PlaceOrderBody(
            Symbol,
            ProductType.ToWire(),
            ExchangeWire.Of(MarginMode),
            MarginCoin,
            WireFormat.Decimal(Size),
            Price is { } p ? WireFormat.Decimal(p) : null,
            direction.Side,
            direction.TradeSide,
            WireNames.Of(OrderType),
            TimeInForce is { } tif ? WireNames.Of(tif) : null,
            clientOid,
            direction.ReduceOnly,
            PresetTakeProfitPrice is { } tp ? WireFormat.Decimal(tp) : null,
            PresetStopLossPrice is { } sl ? WireFormat.Decimal(sl) : null);
    }
}
