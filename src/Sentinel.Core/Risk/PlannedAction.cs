using Bitget.Client.Trading;
using Sentinel.Core.Alerts;

namespace Sentinel.Core.Risk;

/// <summary>
/// One mitigation step the evaluation wants taken, with what it saw when it decided (the guard re-reads the position
/// and aborts if it changed). <see cref="ClientOid"/> is derived from (rule, symbol, side, stage, episode), so every
/// instance and every retry of this step asks the exchange for the same order.
/// </summary>
/// <param name="RuleId">The risk rule.</param>
/// <param name="RuleType">Its condition type.</param>
/// <param name="Position">The position side as this tick's snapshot showed it.</param>
/// <param name="Stage">Stage index within the episode (past the last step for a repeated stop-loss tightening).</param>
/// <param name="StageCount">Number of steps the rule has.</param>
/// <param name="Step">What to do.</param>
/// <param name="EpisodeStartedAt">The episode this step belongs to.</param>
/// <param name="Value">The condition's value that breached.</param>
/// <param name="Threshold">The rule's threshold.</param>
/// <param name="StopTrigger">For a stop-loss: the trigger price (mark ∓ distance), before rounding to the tick.</param>
public sealed record PlannedAction(
    string RuleId,
    AlertRuleType RuleType,
    ExchangePosition Position,
    int Stage,
    int StageCount,
    RiskStep Step,
    DateTimeOffset EpisodeStartedAt,
    decimal Value,
    decimal Threshold,
    decimal? StopTrigger)
{
    public string Symbol => Position.Symbol;

    public PositionSide Side => Position.Side;

    public string SubjectKey => RiskState.KeyOf(Position.Symbol, Position.Side);

    public string ClientOid => MitigationClientOid.Create(RuleId, Position.Symbol, Position.Side, Stage, EpisodeStartedAt);
}
