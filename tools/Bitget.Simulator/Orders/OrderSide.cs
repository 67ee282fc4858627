namespace Bitget.Simulator.Orders;

/// <summary>The direction a trade goes: buying or selling contracts.</summary>
public enum OrderSide
{
    Buy,
    Sell,
}
