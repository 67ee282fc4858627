namespace Bitget.Simulator.Accounts;

/// <summary>Mutable position held under the exchange lock.</summary>
internal sealed class PositionState(string symbol, PositionSide side, decimal leverage, MarginMode marginMode, DateTimeOffset created)
{
    public string Symbol { get; } = symbol;

    public PositionSide Side { get; } = side;

    public decimal Size { get; set; }

    public decimal EntryPrice { get; set; }

    public decimal Margin { get; set; }

    public decimal Leverage { get; set; } = leverage;

    public MarginMode MarginMode { get; } = marginMode;

    public decimal AchievedProfits { get; set; }

    public decimal TotalFee { get; set; }

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Updated { get; set; } = created;

    public decimal UnrealizedPnl(decimal markPrice) =>
        (markPrice - EntryPrice) * Size * (Side == PositionSide.Long ? 1 : -1);
}
