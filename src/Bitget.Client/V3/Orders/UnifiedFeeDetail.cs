using System.Text.Json.Serialization;

namespace Bitget.Client.V3.Orders;

/// <summary>A fee entry of a v3 order or fill; both fields may be empty or null.</summary>
internal sealed record UnifiedFeeDetail
{
    /// <summary>Fee coin.</summary>
    [JsonPropertyName("feeCoin")] public string? FeeCoin { get; init; }

    /// <summary>Fee.</summary>
    [JsonPropertyName("fee")] public decimal? Fee { get; init; }
}
