namespace Bitget.Client.Trading;

/// <summary>Whether an account holds one net position per symbol or a long and a short side at once.</summary>
public enum PositionMode
{
    /// <summary>One net position per symbol (<c>one_way_mode</c>).</summary>
    OneWay,

    /// <summary>Separate long and short positions per symbol (<c>hedge_mode</c>).</summary>
    Hedge,
}
