namespace Bitget.Simulator.Accounts;

/// <summary>One-way (<c>one_way_mode</c>) or hedge (<c>hedge_mode</c>) positions.</summary>
public enum PositionMode
{
    OneWay,
    Hedge,
}
