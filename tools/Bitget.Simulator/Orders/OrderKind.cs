namespace Bitget.Simulator.Orders;

/// <summary><c>market</c> or <c>limit</c>.</summary>
public enum OrderKind
{
    Market,
    Limit,
}
