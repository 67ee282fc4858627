using Bitget.Client.Trading;

namespace Bitget.Client.V2.Orders;

/// <summary>
/// The one place that turns (position mode, position side, open/close) into Bitget's v2 fields (BITGET-API.md §7).
/// One-way: <c>side</c> is the trade direction and a close is <c>reduceOnly: YES</c> on the opposite side.
/// Hedge: <c>side</c> names the position — close long = <c>buy</c> + <c>close</c>, close short = <c>sell</c> + <c>close</c>.
/// </summary>
internal static class OrderDirection
{
    /// <summary>The fields of a place-order or batch item.</summary>
    public static OrderDirectionFields Encode(PositionMode mode, PositionSide position, OrderAction action)
    {
        var positionSide = position == PositionSide.Long ? "buy" : "sell";
        return (mode, action) switch
        {
            (PositionMode.Hedge, OrderAction.Open) => new(positionSide, "open", null),
            (PositionMode.Hedge, OrderAction.Close) => new(positionSide, "close", null),
            (PositionMode.OneWay, OrderAction.Open) => new(positionSide, null, null),
            (PositionMode.OneWay, OrderAction.Close) => new(position == PositionSide.Long ? "sell" : "buy", null, "YES"),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown position mode or action."),
        };
    }

    /// <summary>
    /// <c>holdSide</c> of TP/SL and plan endpoints: <c>long</c>/<c>short</c> in hedge mode, but the position's
    /// opening side <c>buy</c>/<c>sell</c> in one-way mode.
    /// </summary>
    public static string TpslHoldSide(PositionMode mode, PositionSide position) => mode switch
    {
        PositionMode.Hedge => position == PositionSide.Long ? "long" : "short",
        PositionMode.OneWay => position == PositionSide.Long ? "buy" : "sell",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown position mode."),
    };

    /// <summary><c>holdSide</c> of flash close: sent in hedge mode only (one-way ignores it).</summary>
    public static string? FlashCloseHoldSide(PositionMode mode, PositionSide? position) =>
        mode == PositionMode.Hedge && position is { } p ? (p == PositionSide.Long ? "long" : "short") : null;
}
