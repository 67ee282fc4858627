namespace Bitget.Simulator.Exchange;

/// <summary>
/// A change to a live plan, found by <paramref name="OrderId"/> (or, when that is null, <paramref name="ClientOid"/>):
/// a new take-profit or stop-loss trigger, its trigger source, and for a partial plan a new size. Null keeps a field.
/// </summary>
public sealed record PlanChange(
    string? OrderId,
    string? ClientOid,
    decimal? TakeProfit,
    decimal? StopLoss,
    bool? TriggerOnMark,
    decimal? Size);
