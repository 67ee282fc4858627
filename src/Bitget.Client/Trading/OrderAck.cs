using System.Text.Json.Serialization;

namespace Bitget.Client.Trading;

/// <summary>Bitget's acknowledgement of a placed, modified or cancelled order: its ids.</summary>
internal sealed record OrderAck
{
    /// <summary>Bitget's order id; can be empty on a one-way reduce-only order that displaced older ones.</summary>
    [JsonPropertyName("orderId")] public string? OrderId { get; init; }

    /// <summary>The clientOid the order carries.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }
}
