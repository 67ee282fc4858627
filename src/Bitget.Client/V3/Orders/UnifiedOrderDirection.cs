using Bitget.Client.Trading;

namespace Bitget.Client.V3.Orders;

/// <summary>
/// The one place that turns (hold mode, position side, open/close) into v3 fields (BITGET-UTA-V3.md §2.4). Unlike v2
/// hedge mode, v3 <c>side</c> is always the trade direction: close long = <c>sell</c> + <c>posSide long</c>,
/// close short = <c>buy</c> + <c>posSide short</c>; one-way closes use <c>reduceOnly: yes</c>.
/// </summary>
internal static class UnifiedOrderDirection
{
    /// <summary>The fields of a v3 place-order.</summary>
    public static UnifiedDirectionFields Encode(PositionMode mode, PositionSide position, OrderAction action)
    {
        var opening = position == PositionSide.Long ? "buy" : "sell";
        var closing = position == PositionSide.Long ? "sell" : "buy";
        var posSide = position == PositionSide.Long ? "long" : "short";
        return (mode, action) switch
        {
            (PositionMode.Hedge, OrderAction.Open) => new(opening, posSide, null),
            (PositionMode.Hedge, OrderAction.Close) => new(closing, posSide, null),
            (PositionMode.OneWay, OrderAction.Open) => new(opening, null, null),
            (PositionMode.OneWay, OrderAction.Close) => new(closing, null, "yes"),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown hold mode or action."),
        };
    }
}
