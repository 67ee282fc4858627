using Bitget.Simulator.Accounts;

namespace Bitget.Simulator.Orders;

/// <summary>One execution of an order (a trade), immutable once recorded.</summary>
public sealed record FillState(
    string TradeId,
    string OrderId,
    string Symbol,
    OrderSide Direction,
    OrderAction Action,
    PositionSide? PositionSide,
    PositionMode Mode,
    decimal Price,
    decimal Size,
    decimal Fee,
    decimal Profit,
    bool Taker,
    DateTimeOffset Time);
