using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>One order of a batch; symbol, margin and position mode come from <see cref="BatchPlaceOrdersRequest"/>.</summary>
internal sealed record BatchOrderItem
{
    /// <summary>The position the order acts on.</summary>
    public required PositionSide PositionSide { get; init; }

    /// <summary>Open or close.</summary>
    public required OrderAction Action { get; init; }

    /// <summary>Market or limit.</summary>
    public OrderType OrderType { get; init; } = OrderType.Market;

    /// <summary>Size.</summary>
    public required decimal Size { get; init; }

    /// <summary>Limit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>Time in force.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>Idempotency key; generated when null.</summary>
    public string? ClientOid { get; init; }
}
