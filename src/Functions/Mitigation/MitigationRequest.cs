using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// One step for the guard, automatic (from a risk rule) or manual. There is no order side in it: the guard derives the
/// order from the live position side named here, so a request can only ever shrink that side.
/// </summary>
/// <param name="Who">Who asks: <c>rule</c> for the tick, or the principal of a manual action.</param>
/// <param name="RuleId">The risk rule, or a name for a manual action (<c>manual</c>).</param>
/// <param name="Expected">The position side as the requester saw it; the guard aborts if the live one differs in size, side or mode.</param>
/// <param name="Step">What to do.</param>
/// <param name="Stage">Stage index (0 for a single step).</param>
/// <param name="ClientOid">The step's deterministic clientOid (slices add <c>-n</c>).</param>
/// <param name="StopTrigger">For a stop-loss: the trigger price.</param>
/// <param name="Channels">Where to notify the outcome.</param>
/// <param name="BreachCleared">Whether a freshly read position shows the breach is over (abort); null when it cannot tell.</param>
/// <param name="Manual">Set for a manual action: its audited overrides; null for the tick's steps.</param>
/// <param name="TargetOrderId">For <see cref="RiskActionKind.CancelStop"/>: the exchange's id of the stop to cancel; for a <see cref="RiskActionKind.ProtectiveStop"/>: the stop of Sentinel's it moves, if any.</param>
/// <param name="Purpose">For stop upkeep: why (placed, re-armed, tightened, orphan), carried into the audit.</param>
public sealed record MitigationRequest(
    string Who,
    string RuleId,
    ExchangePosition Expected,
    RiskStep Step,
    int Stage,
    string ClientOid,
    decimal? StopTrigger,
    IReadOnlyList<string> Channels,
    Func<ExchangePosition, bool>? BreachCleared = null,
    ManualOverrides? Manual = null,
    string? TargetOrderId = null,
    string? Purpose = null)
{
    public string Symbol => Expected.Symbol;

    public PositionSide Side => Expected.Side;

    public string SubjectKey => RiskState.KeyOf(Expected.Symbol, Expected.Side);

    /// <summary>
    /// Upkeep of a protective stop: it neither trades nor changes the position, so it is not held to the per-symbol
    /// action caps and does not count against them (stop upkeep must never use up the budget an emergency reduce needs).
    /// </summary>
    public bool IsStopUpkeep => Step.Kind is RiskActionKind.ProtectiveStop or RiskActionKind.CancelStop;
}
