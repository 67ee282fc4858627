using System.Text.Json.Serialization;

namespace Bitget.Client.V2.Market;

/// <summary>Next funding settlement from <c>GET /api/v2/mix/market/funding-time</c>.</summary>
internal sealed record FundingTime
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Next settlement time.</summary>
    [JsonPropertyName("nextFundingTime")] public DateTimeOffset? NextFundingTime { get; init; }

    /// <summary>Settlement period in hours.</summary>
    [JsonPropertyName("ratePeriod")] public decimal? RatePeriodHours { get; init; }
}
