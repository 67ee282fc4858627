using System.Text.Json.Serialization;

namespace Bitget.Client.Trading;

/// <summary>One price level <c>[price, size]</c>; Bitget sends these as JSON numbers, read exactly as decimals.</summary>
[JsonConverter(typeof(OrderBookLevelConverter))]
public sealed record OrderBookLevel(decimal Price, decimal Size);
