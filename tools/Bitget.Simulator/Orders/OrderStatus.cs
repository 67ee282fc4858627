namespace Bitget.Simulator.Orders;

/// <summary>Order states as Bitget names them (<c>live</c>, <c>filled</c>, <c>canceled</c>).</summary>
public enum OrderStatus
{
    Live,
    Filled,
    Canceled,
}
