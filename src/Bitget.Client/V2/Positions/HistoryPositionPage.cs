using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Positions;

/// <summary>A page of closed positions; pass <see cref="EndId"/> as <c>idLessThan</c> for the next page.</summary>
internal sealed record HistoryPositionPage
{
    /// <summary>The positions (empty when none).</summary>
    [JsonPropertyName("list")] public IReadOnlyList<HistoryPosition>? Positions { get; init; }

    /// <summary>Cursor for the next page.</summary>
    [JsonPropertyName("endId")] public string? EndId { get; init; }
}
