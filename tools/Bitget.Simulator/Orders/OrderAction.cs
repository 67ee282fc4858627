namespace Bitget.Simulator.Orders;

/// <summary>
/// What an order does to positions, independent of the wire dialect: hedge mode opens or closes one side;
/// one-way mode nets (may reduce, close and flip) or only reduces.
/// </summary>
public enum OrderAction
{
    Open,
    Close,
    Net,
    Reduce,
}
