using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>One plan created by <c>POST /api/v2/mix/order/place-pos-tpsl</c>.</summary>
internal sealed record PositionTpslAck
{
    /// <summary>Plan order id.</summary>
    [JsonPropertyName("orderId")] public string? OrderId { get; init; }

    /// <summary>clientOid of the take-profit plan.</summary>
    [JsonPropertyName("stopSurplusClientOid")] public string? TakeProfitClientOid { get; init; }

    /// <summary>clientOid of the stop-loss plan.</summary>
    [JsonPropertyName("stopLossClientOid")] public string? StopLossClientOid { get; init; }
}
