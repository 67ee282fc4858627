using Bitget.Simulator.Orders;

namespace Bitget.Simulator.Accounts;

/// <summary>Mutable account held under the exchange lock.</summary>
internal sealed class AccountState(SimulatedAccountOptions options)
{
    public SimulatedAccountOptions Options { get; } = options;

    public string ApiKey => Options.ApiKey;

    public AccountKind Kind { get; set; } = options.Kind;

    public PositionMode PositionMode { get; set; } = options.PositionMode;

    /// <summary>Account-wide here (Bitget keeps it per symbol); v2 orders name it, v3 orders default to crossed.</summary>
    public MarginMode MarginMode { get; set; } = options.MarginMode;

    /// <summary>Cash: deposits plus realized PnL minus fees.</summary>
    public decimal Wallet { get; set; } = options.Balance;

    public Dictionary<(string Symbol, PositionSide Side), PositionState> Positions { get; } = [];

    public List<OrderState> Orders { get; } = [];

    public List<PlanOrderState> Plans { get; } = [];

    public List<FillState> Fills { get; } = [];

    public List<ClosedPosition> ClosedPositions { get; } = [];

    public Dictionary<string, decimal> Leverages { get; } = new(StringComparer.Ordinal);

    public decimal LeverageFor(string symbol) => Leverages.TryGetValue(symbol, out var leverage) ? leverage : Options.Leverage;

    public PositionState? Position(string symbol, PositionSide side) =>
        Positions.TryGetValue((symbol, side), out var position) ? position : null;
}
