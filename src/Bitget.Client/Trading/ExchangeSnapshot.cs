namespace Bitget.Client.Trading;

/// <summary>Everything one monitoring tick reads from the exchange: one call each for tickers, positions and account.</summary>
/// <param name="ReadAt">When the reads completed (client clock, skew-corrected).</param>
/// <param name="Tickers">Every ticker of the product type.</param>
/// <param name="Positions">Every open position.</param>
/// <param name="Account">The futures account.</param>
public sealed record ExchangeSnapshot(
    DateTimeOffset ReadAt,
    IReadOnlyList<ExchangeTicker> Tickers,
    IReadOnlyList<ExchangePosition> Positions,
    ExchangeAccount Account);
