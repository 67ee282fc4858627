namespace Bitget.Client.V3.Orders;

/// <summary>The v3 wire fields that set an order's direction.</summary>
/// <param name="Side"><c>buy</c>/<c>sell</c>: always the trade direction in v3.</param>
/// <param name="PosSide"><c>long</c>/<c>short</c> in hedge mode; null (not sent) in one-way mode.</param>
/// <param name="ReduceOnly"><c>yes</c> for a one-way close; null otherwise.</param>
internal sealed record UnifiedDirectionFields(string Side, string? PosSide, string? ReduceOnly);
