namespace Bitget.Client.Trading;

/// <summary>A pending stop-loss that protects a position, as the exchange lists it (v2 TP/SL plan, v3 strategy order).</summary>
/// <param name="OrderId">The exchange's id of the plan; what <c>IExchangePort.CancelPositionStopAsync</c> takes.</param>
/// <param name="ClientOid">The clientOid it was placed with; empty when the exchange shows none.</param>
/// <param name="Symbol">Contract symbol.</param>
/// <param name="Side">The position side it closes when it fires; null when the listing does not say.</param>
/// <param name="TriggerPrice">The price that fires it.</param>
/// <param name="WholePosition">True for a whole-position stop (v2 <c>pos_loss</c>); false for a partial one, or when the listing cannot tell (v3).</param>
public sealed record PositionStop(
    string OrderId,
    string ClientOid,
    string Symbol,
    PositionSide? Side,
    decimal TriggerPrice,
    bool WholePosition);
