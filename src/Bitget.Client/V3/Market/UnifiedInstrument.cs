using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Market;

/// <summary>A v3 instrument (contract rules) from <c>GET /api/v3/market/instruments</c>.</summary>
internal sealed record UnifiedInstrument
{
    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Category.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }

    /// <summary>Base coin.</summary>
    [JsonPropertyName("baseCoin")] public string? BaseCoin { get; init; }

    /// <summary>Quote coin.</summary>
    [JsonPropertyName("quoteCoin")] public string? QuoteCoin { get; init; }

    /// <summary>Smallest quantity.</summary>
    [JsonPropertyName("minOrderQty")] public decimal MinOrderQty { get; init; }

    /// <summary>Largest limit-order quantity.</summary>
    [JsonPropertyName("maxOrderQty")] public decimal? MaxOrderQty { get; init; }

    /// <summary>Largest market-order quantity.</summary>
    [JsonPropertyName("maxMarketOrderQty")] public decimal? MaxMarketOrderQty { get; init; }

    /// <summary>Smallest order value.</summary>
    [JsonPropertyName("minOrderAmount")] public decimal? MinOrderAmount { get; init; }

    /// <summary>Price decimals.</summary>
    [JsonPropertyName("pricePrecision")] public int? PricePrecision { get; init; }

    /// <summary>Quantity decimals.</summary>
    [JsonPropertyName("quantityPrecision")] public int? QuantityPrecision { get; init; }

    /// <summary>Price tick.</summary>
    [JsonPropertyName("priceMultiplier")] public decimal PriceMultiplier { get; init; }

    /// <summary>Quantity step.</summary>
    [JsonPropertyName("quantityMultiplier")] public decimal QuantityMultiplier { get; init; }

    /// <summary><c>perpetual</c> or <c>delivery</c>.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>Trading status (<c>online</c>, <c>limit_open</c>, <c>offline</c>, …).</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }

    /// <summary>Delisting time; null when not scheduled (<c>"-1"</c>).</summary>
    [JsonPropertyName("offTime")] public DateTimeOffset? OffTime { get; init; }

    /// <summary>Time from which opening is limited; null when not scheduled.</summary>
    [JsonPropertyName("limitOpenTime")] public DateTimeOffset? LimitOpenTime { get; init; }

    /// <summary>Listing time; null when not given (<c>"0"</c>).</summary>
    [JsonPropertyName("launchTime")] public DateTimeOffset? LaunchTime { get; init; }

    /// <summary>Funding interval in hours.</summary>
    [JsonPropertyName("fundInterval")] public decimal? FundingIntervalHours { get; init; }

    /// <summary>Lowest leverage.</summary>
    [JsonPropertyName("minLeverage")] public decimal? MinLeverage { get; init; }

    /// <summary>Highest leverage.</summary>
    [JsonPropertyName("maxLeverage")] public decimal? MaxLeverage { get; init; }

    /// <summary>Maker fee rate.</summary>
    [JsonPropertyName("makerFeeRate")] public decimal? MakerFeeRate { get; init; }

    /// <summary>Taker fee rate.</summary>
    [JsonPropertyName("takerFeeRate")] public decimal? TakerFeeRate { get; init; }

    /// <summary>Whether the instrument is a real-world asset.</summary>
    [JsonPropertyName("isRwa")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? IsRwa { get; init; }

    /// <summary>The trading rules in the neutral form the exchange port uses.</summary>
    public ContractSpec ToContractSpec() =>
        new(Symbol, QuantityMultiplier, MinOrderQty, PriceMultiplier, MaxLeverage ?? 0m, MinOrderAmount, MaxMarketOrderQty is > 0 ? MaxMarketOrderQty : null);
}
