using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>An order reference inside a request body.</summary>
internal sealed record OrderReferenceBody(
    [property: JsonPropertyName("orderId")] string? OrderId,
    [property: JsonPropertyName("clientOid")] string? ClientOid);
