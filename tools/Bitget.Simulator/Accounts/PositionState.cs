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

    /// <summary>Open plus close fees paid so far (a cost, positive).</summary>
    public decimal TotalFee { get; set; }

    public string Id { get; init; } = "";

    public decimal OpenedSize { get; set; }

    public decimal ClosedSize { get; set; }

    public decimal ClosedValue { get; set; }

    public decimal CloseFee { get; set; }

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Updated { get; set; } = created;

    public ClosedPosition ToClosed(PositionMode mode) => new(
        Id, Symbol, Side, MarginMode, mode, EntryPrice, ClosedSize > 0 ? ClosedValue / ClosedSize : 0m, OpenedSize, ClosedSize,
        AchievedProfits, TotalFee - CloseFee, CloseFee, Created, Updated);

    public decimal UnrealizedPnl(decimal markPrice) =>
        (markPrice - EntryPrice) * Size * (Side == PositionSide.Long ? 1 : -1);
}
