using System.Text.Json.Serialization;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>One of our v3 fills from <c>GET /api/v3/trade/fills</c>.</summary>
internal sealed record UnifiedFill
{
    /// <summary>Execution id.</summary>
    [JsonPropertyName("execId")] public required string ExecId { get; init; }

    /// <summary>Order id.</summary>
    [JsonPropertyName("orderId")] public string? OrderId { get; init; }

    /// <summary>Client order id.</summary>
    [JsonPropertyName("clientOid")] public string? ClientOid { get; init; }

    /// <summary>Symbol.</summary>
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }

    /// <summary>Trade direction.</summary>
    [JsonPropertyName("side")] public OrderSide Side { get; init; }

    /// <summary>Fill price.</summary>
    [JsonPropertyName("execPrice")] public decimal? Price { get; init; }

    /// <summary>Fill quantity.</summary>
    [JsonPropertyName("execQty")] public decimal? Quantity { get; init; }

    /// <summary>Fill value.</summary>
    [JsonPropertyName("execValue")] public decimal? Value { get; init; }

    /// <summary>Realized PnL.</summary>
    [JsonPropertyName("execPnl")] public decimal? Pnl { get; init; }

    /// <summary><c>taker</c> or <c>maker</c>.</summary>
    [JsonPropertyName("tradeScope")] public string? TradeScope { get; init; }

    /// <summary>Fees.</summary>
    [JsonPropertyName("feeDetail")] public IReadOnlyList<UnifiedFeeDetail>? FeeDetails { get; init; }

    /// <summary>Fill time.</summary>
    [JsonPropertyName("createdTime")] public DateTimeOffset? CreatedAt { get; init; }
}
