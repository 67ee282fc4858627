using System.Text.Json.Serialization;

namespace Bitget.Client.Http;

/// <summary>Bitget's clock from <c>GET /api/v2/public/time</c>.</summary>
internal sealed record ServerTime
{
    /// <summary>Server time.</summary>
    [JsonPropertyName("serverTime")] public DateTimeOffset Time { get; init; }
}
