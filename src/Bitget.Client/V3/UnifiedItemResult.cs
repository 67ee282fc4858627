using System.Text.Json.Serialization;

namespace Bitget.Client.V3;

/// <summary>One item of a v3 batch, cancel-by-symbol or close-positions reply; <see cref="Code"/> is set when the item failed.</summary>
internal sealed record UnifiedItemResult
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public string? OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Bitget's per-item code (e.g. <c>24056</c>); null or <c>00000</c> on success.</summary>
    [JsonPropertyName("code")] public string? Code { get; init; }

    /// <summary>Bitget's per-item message.</summary>
    [JsonPropertyName("msg")] public string? Message { get; init; }

    /// <summary>Whether the item succeeded.</summary>
    [JsonIgnore] public bool Succeeded => string.IsNullOrEmpty(Code) || Code == "00000";
}
