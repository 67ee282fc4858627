using Bitget.Simulator.Accounts;

namespace Bitget.Simulator.Orders;

/// <summary>
/// A new order after the v2 or v3 request was translated. <paramref name="Direction"/> is the real trade direction;
/// <paramref name="PositionSide"/> names the hedge-mode position opened or closed (null in one-way mode).
/// <paramref name="ClientOidReusableWhenDone"/>: the clientOid only has to be unique among pending orders (v3).
/// </summary>
public sealed record OrderRequest(
    string Symbol,
    OrderSide Direction,
    OrderAction Action,
    PositionSide? PositionSide,
    OrderKind Kind,
    decimal Size,
    decimal? Price,
    string? ClientOid,
    MarginMode? MarginMode = null,
    decimal? PresetTakeProfit = null,
    decimal? PresetStopLoss = null,
    string Source = "API",
    bool ClientOidReusableWhenDone = false);
