using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>A page of fills.</summary>
internal sealed record FillPage
{
    /// <summary>The fills (null when none).</summary>
    [JsonPropertyName("fillList")] public IReadOnlyList<Fill>? FillsOrNull { get; init; }

    /// <summary>The fills, never null.</summary>
    [JsonIgnore] public IReadOnlyList<Fill> Fills => FillsOrNull ?? [];

    /// <summary>Cursor for the next page.</summary>
    [JsonPropertyName("endId")] public string? EndId { get; init; }
}
