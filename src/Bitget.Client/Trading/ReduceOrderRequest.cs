namespace Bitget.Client.Trading;

/// <summary>A market order that can only shrink an existing position.</summary>
/// <param name="Symbol">Contract symbol.</param>
/// <param name="Side">The side of the position to reduce (a long is reduced by selling).</param>
/// <param name="Mode">The mode the caller believes; superseded by the live position's mode, read right before sending.</param>
/// <param name="MarginMode">The position's margin mode.</param>
/// <param name="Size">Size to reduce by, already rounded to the contract's step.</param>
/// <param name="ClientOid">Idempotency key (≤ 32 characters, letters, digits, <c>_</c>, <c>:</c>, <c>-</c>). A reduce split into several orders gives each a clientOid derived from this one (<see cref="ReduceSplit.ChildClientOid"/>).</param>
/// <param name="BelowMinimum">What to do when the size is below the contract's minimum size or value.</param>
public sealed record ReduceOrderRequest(
    string Symbol,
    PositionSide Side,
    PositionMode Mode,
    MarginMode MarginMode,
    decimal Size,
    string ClientOid,
    BelowMinimumPolicy BelowMinimum = BelowMinimumPolicy.Refuse);
