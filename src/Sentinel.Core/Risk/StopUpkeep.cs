using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// One change the protective-stop watchdog wants on the exchange: place a stop (new, re-armed or moved), or cancel one
/// of Sentinel's own stops. <see cref="Supersedes"/> are the stops of ours a placed stop replaces; they are cancelled
/// only once the new one is placed, so the position is never left without a stop by Sentinel.
/// </summary>
/// <param name="Kind"><see cref="RiskActionKind.ProtectiveStop"/> or <see cref="RiskActionKind.CancelStop"/>.</param>
/// <param name="Rule">The rule that wants it (for a place, the one whose stop is tightest; for an orphan, the first rule).</param>
/// <param name="Position">The position side as the snapshot showed it; for an orphan, the side with size 0.</param>
/// <param name="Trigger">For a place: the trigger, rounded to the price tick away from the mark.</param>
/// <param name="ClientOid">The deterministic clientOid (<see cref="ProtectiveStopClientOid"/>).</param>
/// <param name="Target">For a cancel: the stop to cancel.</param>
/// <param name="Supersedes">For a place: Sentinel's stops on that side it replaces.</param>
/// <param name="Reason">Why, in words for the audit.</param>
public sealed record StopUpkeep(
    RiskActionKind Kind,
    ProtectiveStopRule Rule,
    ExchangePosition Position,
    decimal? Trigger,
    string ClientOid,
    PositionStop? Target,
    IReadOnlyList<PositionStop> Supersedes,
    string Reason);
