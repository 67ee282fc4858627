using System.Text.Json.Serialization;

namespace Bitget.Client.Orders;

/// <summary>An order reference inside a request body.</summary>
internal sealed record OrderReferenceBody(
    [property: JsonPropertyName("orderId")] string? OrderId,
    [property: JsonPropertyName("clientOid")] string? ClientOid);
