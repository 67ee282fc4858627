using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Orders;

/// <summary>A page of orders; Bitget sends <c>entrustedList: null</c> when there are none, read here as empty.</summary>
internal sealed record OrderPage
{
    /// <summary>The orders.</summary>
    [JsonPropertyName("entrustedList")] public IReadOnlyList<FuturesOrder>? OrdersOrNull { get; init; }

    /// <summary>The orders, never null.</summary>
    [JsonIgnore] public IReadOnlyList<FuturesOrder> Orders => OrdersOrNull ?? [];

    /// <summary>Cursor for the next page (<c>idLessThan</c>).</summary>
    [JsonPropertyName("endId")] public string? EndId { get; init; }
}
