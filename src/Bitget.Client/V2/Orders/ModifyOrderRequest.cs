using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>A change to a resting order for <c>POST /api/v2/mix/order/modify-order</c>.</summary>
internal sealed record ModifyOrderRequest
{
    /// <summary>Contract symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Product type.</summary>
    public ProductType ProductType { get; init; } = ProductType.UsdtFutures;

    /// <summary>The order to change.</summary>
    public required OrderReference Order { get; init; }

    /// <summary>clientOid of the replacement (Bitget requires one); generated when null.</summary>
    public string? NewClientOid { get; init; }

    /// <summary>New size (together with <see cref="NewPrice"/>).</summary>
    public decimal? NewSize { get; init; }

    /// <summary>New price (together with <see cref="NewSize"/>).</summary>
    public decimal? NewPrice { get; init; }

    /// <summary>New preset take-profit price.</summary>
    public decimal? NewPresetTakeProfitPrice { get; init; }

    /// <summary>New preset stop-loss price.</summary>
    public decimal? NewPresetStopLossPrice { get; init; }
}
