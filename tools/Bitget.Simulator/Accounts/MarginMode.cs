namespace Bitget.Simulator.Accounts;

/// <summary><c>crossed</c> or <c>isolated</c>.</summary>
public enum MarginMode
{
    Crossed,
    Isolated,
}
