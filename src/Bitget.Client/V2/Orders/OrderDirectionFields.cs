using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>The wire fields that set an order's direction: <c>side</c>, <c>tradeSide</c> and <c>reduceOnly</c>.</summary>
/// <param name="Side"><c>buy</c> or <c>sell</c>.</param>
/// <param name="TradeSide"><c>open</c>/<c>close</c> in hedge mode; null (not sent) in one-way mode.</param>
/// <param name="ReduceOnly"><c>YES</c> for a one-way close; null (not sent) otherwise.</param>
internal sealed record OrderDirectionFields(string Side, string? TradeSide, string? ReduceOnly);
