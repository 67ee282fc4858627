namespace Bitget.Simulator.Accounts;

/// <summary>The direction of a position (<c>holdSide</c> / <c>posSide</c>).</summary>
public enum PositionSide
{
    Long,
    Short,
}
