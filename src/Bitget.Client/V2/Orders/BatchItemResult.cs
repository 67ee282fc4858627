using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>One item of a batch, cancel-all or flash-close reply.</summary>
internal sealed record BatchItemResult
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public string? OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Symbol (flash close).</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Bitget's error code for a failed item.</summary>
    [JsonPropertyName("errorCode")] public string? ErrorCode { get; init; }

    /// <summary>Bitget's error message for a failed item.</summary>
    [JsonPropertyName("errorMsg")] public string? ErrorMessage { get; init; }
}
