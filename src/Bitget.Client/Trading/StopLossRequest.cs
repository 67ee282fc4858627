namespace Bitget.Client.Trading;

/// <summary>A stop-loss on a whole position, triggered by the mark price and executed at market.</summary>
/// <param name="Symbol">Contract symbol.</param>
/// <param name="Side">The side of the position to protect.</param>
/// <param name="Mode">The mode the caller believes; superseded by the live position's mode, read right before sending.</param>
/// <param name="TriggerPrice">Mark price that triggers the stop, already rounded to the tick.</param>
/// <param name="ClientOid">Idempotency key.</param>
/// <param name="Replaces">
/// The exchange's id of the caller's stop this one moves, if any. v3 moves that stop in place (one full TP/SL per
/// symbol and side is all it allows); v2's whole-position stop replaces it by itself.
/// </param>
public sealed record StopLossRequest(
    string Symbol,
    PositionSide Side,
    PositionMode Mode,
    decimal TriggerPrice,
    string ClientOid,
    string? Replaces = null);
