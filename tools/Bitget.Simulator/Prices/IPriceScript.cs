namespace Bitget.Simulator.Prices;

/// <summary>
/// Drives one symbol's price over time. The price book starts the script with the current instant and price, then
/// asks for the points produced up to each later instant; the same inputs always produce the same points.
/// </summary>
public interface IPriceScript
{
    void Start(DateTimeOffset now, decimal currentPrice);

    /// <summary>Points after the previous call, up to and including <paramref name="until"/>, in time order.</summary>
    IReadOnlyList<PricePoint> Advance(DateTimeOffset until);
}
