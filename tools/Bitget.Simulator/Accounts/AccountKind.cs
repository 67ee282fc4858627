namespace Bitget.Simulator.Accounts;

/// <summary>Bitget's two account kinds: classic accounts use the v2 API, unified (UTA) accounts the v3 API.</summary>
public enum AccountKind
{
    Classic,
    Unified,
}
