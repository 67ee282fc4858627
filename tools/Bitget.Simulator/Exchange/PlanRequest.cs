using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;

namespace Bitget.Simulator.Exchange;

/// <summary>A TP/SL plan after translation from v2 or v3; <paramref name="Size"/> null protects the whole position.</summary>
public sealed record PlanRequest(
    string Symbol,
    PlanType Type,
    PositionSide PositionSide,
    decimal TriggerPrice,
    bool TriggerOnMark,
    decimal? Size,
    string? ClientOid);
