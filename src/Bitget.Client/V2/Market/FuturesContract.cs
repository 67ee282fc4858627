using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Market;

/// <summary>Contract configuration from <c>GET /api/v2/mix/market/contracts</c>.</summary>
internal sealed record FuturesContract
{
    /// <summary>Contract symbol.</summary>
    [JsonPropertyName("symbol")] public required string Symbol { get; init; }

    /// <summary>Base coin.</summary>
    [JsonPropertyName("baseCoin")] public string? BaseCoin { get; init; }

    /// <summary>Quote coin.</summary>
    [JsonPropertyName("quoteCoin")] public string? QuoteCoin { get; init; }

    /// <summary>Coins that can margin this contract.</summary>
    [JsonPropertyName("supportMarginCoins")] public IReadOnlyList<string> SupportMarginCoins { get; init; } = [];

    /// <summary>Smallest order size.</summary>
    [JsonPropertyName("minTradeNum")] public decimal MinTradeNum { get; init; }

    /// <summary>Last digit step of the price (tick = priceEndStep × 10^-pricePlace).</summary>
    [JsonPropertyName("priceEndStep")] public decimal PriceEndStep { get; init; }

    /// <summary>Decimal places of the size.</summary>
    [JsonPropertyName("volumePlace")] public int VolumePlace { get; init; }

    /// <summary>Decimal places of the price.</summary>
    [JsonPropertyName("pricePlace")] public int PricePlace { get; init; }

    /// <summary>Size step: every size is a multiple of it.</summary>
    [JsonPropertyName("sizeMultiplier")] public decimal SizeMultiplier { get; init; }

    /// <summary>Smallest order value in USDT.</summary>
    [JsonPropertyName("minTradeUSDT")] public decimal? MinTradeUsdt { get; init; }

    /// <summary>Maker fee rate.</summary>
    [JsonPropertyName("makerFeeRate")] public decimal? MakerFeeRate { get; init; }

    /// <summary>Taker fee rate.</summary>
    [JsonPropertyName("takerFeeRate")] public decimal? TakerFeeRate { get; init; }

    /// <summary>Lowest leverage.</summary>
    [JsonPropertyName("minLever")] public decimal? MinLeverage { get; init; }

    /// <summary>Highest leverage.</summary>
    [JsonPropertyName("maxLever")] public decimal? MaxLeverage { get; init; }

    /// <summary><c>perpetual</c> or <c>delivery</c>.</summary>
    [JsonPropertyName("symbolType")] public string? SymbolType { get; init; }

    /// <summary><c>normal</c>, <c>maintain</c>, <c>limit_open</c>, <c>restrictedAPI</c>, <c>off</c>, <c>listed</c>.</summary>
    [JsonPropertyName("symbolStatus")] public string? SymbolStatus { get; init; }

    /// <summary>Delisting time; null when not scheduled (<c>"-1"</c>).</summary>
    [JsonPropertyName("offTime")] public DateTimeOffset? OffTime { get; init; }

    /// <summary>Time from which opening is limited; null when not scheduled.</summary>
    [JsonPropertyName("limitOpenTime")] public DateTimeOffset? LimitOpenTime { get; init; }

    /// <summary>Delivery time of a delivery contract; null for perpetuals.</summary>
    [JsonPropertyName("deliveryTime")] public DateTimeOffset? DeliveryTime { get; init; }

    /// <summary>Listing time; null when not given.</summary>
    [JsonPropertyName("launchTime")] public DateTimeOffset? LaunchTime { get; init; }

    /// <summary>Maintenance time; null when none.</summary>
    [JsonPropertyName("maintainTime")] public DateTimeOffset? MaintainTime { get; init; }

    /// <summary>Funding interval in hours.</summary>
    [JsonPropertyName("fundInterval")] public decimal? FundingIntervalHours { get; init; }

    /// <summary>Largest market order size.</summary>
    [JsonPropertyName("maxMarketOrderQty")] public decimal? MaxMarketOrderQty { get; init; }

    /// <summary>Largest limit order size.</summary>
    [JsonPropertyName("maxOrderQty")] public decimal? MaxOrderQty { get; init; }

    /// <summary>Position limit ratio.</summary>
    [JsonPropertyName("posLimit")] public decimal? PositionLimit { get; init; }

    /// <summary>Whether the contract is a real-world asset.</summary>
    [JsonPropertyName("isRwa")]
    [JsonConverter(typeof(YesNoConverter))]
    public bool? IsRwa { get; init; }

    /// <summary>The price tick: <c>priceEndStep × 10^-pricePlace</c> (pricePlace 1, priceEndStep 5 → 0.5).</summary>
    public decimal PriceTick => PriceEndStep * Pow10(-PricePlace);

    /// <summary>The trading rules in the neutral form the exchange port uses.</summary>
    public ContractSpec ToContractSpec() =>
        new(Symbol, SizeMultiplier, MinTradeNum, PriceTick, MaxLeverage ?? 0m, MinTradeUsdt, MaxMarketOrderQty is > 0 ? MaxMarketOrderQty : null);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }
}
