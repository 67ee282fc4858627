namespace Bitget.Simulator.Accounts;

/// <summary>
/// An account's USDT balances at one instant. <paramref name="MaintenanceMargin"/> = Σ size × mark × the contract's
/// maintenance margin rate over the open positions.
/// </summary>
public sealed record AccountSnapshot(
    string ApiKey,
    AccountKind Kind,
    PositionMode PositionMode,
    MarginMode MarginMode,
    decimal Leverage,
    decimal Wallet,
    decimal Equity,
    decimal Available,
    decimal Locked,
    decimal PositionMargin,
    decimal UnrealizedPnl,
    decimal MaintenanceMargin = 0m);
