using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>Up to 50 orders of one symbol for <c>POST /api/v2/mix/order/batch-place-order</c>.</summary>
internal sealed record BatchPlaceOrdersRequest
{
    /// <summary>Maximum orders per batch.</summary>
    public const int MaxOrders = 50;

    /// <summary>Contract symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Product type.</summary>
    public ProductType ProductType { get; init; } = ProductType.UsdtFutures;

    /// <summary>Margin coin.</summary>
    public required string MarginCoin { get; init; }

    /// <summary>Margin mode.</summary>
    public MarginMode MarginMode { get; init; } = MarginMode.Crossed;

    /// <summary>The account's position mode.</summary>
    public required PositionMode PositionMode { get; init; }

    /// <summary>The orders.</summary>
    public required IReadOnlyList<BatchOrderItem> Orders { get; init; }
}
