namespace Bitget.Simulator.Accounts;

/// <summary>A position that was closed to zero, as <c>GET /api/v2/mix/position/history-position</c> reports it; fees are costs (positive).</summary>
public sealed record ClosedPosition(
    string PositionId,
    string Symbol,
    PositionSide Side,
    MarginMode MarginMode,
    PositionMode Mode,
    decimal OpenAveragePrice,
    decimal CloseAveragePrice,
    decimal OpenedSize,
    decimal ClosedSize,
    decimal Pnl,
    decimal OpenFee,
    decimal CloseFee,
    DateTimeOffset Created,
    DateTimeOffset Updated);
