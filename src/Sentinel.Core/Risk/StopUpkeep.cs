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
/// <param name="SlotTakenBy">
/// For a place on UTA (v3): the user's full stop that holds the one full TP/SL slot of the side, so the stop cannot be
/// placed (<see cref="FullStopSlot"/>); the keeper reports that once instead of sending and being refused (25594).
/// </param>
/// <param name="AlreadyInPlace">
/// For a re-arm on UTA (v3): Sentinel's full stop (the first of <see cref="Supersedes"/>) is already at
/// <see cref="Trigger"/> and, being full, covers the new size; nothing is sent.
/// </param>
public sealed record StopUpkeep(
    RiskActionKind Kind,
    ProtectiveStopRule Rule,
    ExchangePosition Position,
    decimal? Trigger,
    string ClientOid,
    PositionStop? Target,
    IReadOnlyList<PositionStop> Supersedes,
    string Reason,
    PositionStop? SlotTakenBy = null,
    bool AlreadyInPlace = false);
