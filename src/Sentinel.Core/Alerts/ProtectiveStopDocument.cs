namespace Sentinel.Core.Alerts;

/// <summary>
/// The stop a <c>protective_stop</c> rule keeps on the exchange for every position it covers (the rule's <c>stop</c>).
/// Loosely typed like <see cref="AlertRuleDocument"/>; interpreted by the risk core (<c>Risk/ProtectiveStopRule</c>).
/// </summary>
public sealed record ProtectiveStopDocument
{
    /// <summary>Trigger this far from the mark price, in percent, on the losing side (below for a long).</summary>
    public decimal? MarkPercent { get; init; }

    /// <summary>Trigger this fraction of the way from the mark price to the liquidation price (0.5 = half way).</summary>
    public decimal? LiquidationFraction { get; init; }

    /// <summary>Least move, in percent of the mark, worth moving a stop that is already there (default 0.5).</summary>
    public decimal? MinMovePercent { get; init; }

    /// <summary>Whether Sentinel may move its stop further from the mark when the computed one is looser (default false: only ever tightened).</summary>
    public bool? Loosen { get; init; }

    /// <summary>Position sides protected (<c>long</c>, <c>short</c>); left out means both.</summary>
    public IReadOnlyList<string>? Sides { get; init; }
}
