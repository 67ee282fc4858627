using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>A pending TP/SL or trigger plan as <c>GET /api/v2/mix/order/orders-plan-pending</c> lists it.</summary>
internal sealed record PlanOrder
{
    /// <summary>Plan order id.</summary>
    [JsonPropertyName("orderId")] public required string OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Plan type as on the wire (<c>pos_loss</c>, <c>profit_plan</c>, …).</summary>
    [JsonPropertyName("planType")] public string? PlanType { get; init; }

    /// <summary>Order side as on the wire (<c>buy</c>/<c>sell</c>); for a TP/SL plan the <c>holdSide</c> it was placed with.</summary>
    [JsonPropertyName("side")] public string? Side { get; init; }

    /// <summary>Position side as on the wire (<c>long</c>/<c>short</c>, one-way <c>net</c>).</summary>
    [JsonPropertyName("posSide")] public string? PositionSide { get; init; }

    /// <summary>Trigger price.</summary>
    [JsonPropertyName("triggerPrice")] public decimal? TriggerPrice { get; init; }
}
