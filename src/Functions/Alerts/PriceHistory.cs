using Bitget.Client.Exchange;

namespace Sentinel.Functions.Alerts;

/// <summary>
/// Recent last prices per symbol, for percent-move windows and crossings. The tick records every snapshot and
/// persists the rings (<see cref="PriceRing.ToBytes"/>); capacity should cover the longest rule window at the
/// tick interval (e.g. 240 samples = 2 h at 30 s).
/// </summary>
public sealed class PriceHistory
{
    private readonly Dictionary<string, PriceRing> _rings = new(StringComparer.Ordinal);

    public PriceHistory(int capacityPerSymbol = 240)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityPerSymbol, 2);
        CapacityPerSymbol = capacityPerSymbol;
    }

    public int CapacityPerSymbol { get; }

    public IReadOnlyDictionary<string, PriceRing> Rings => _rings;

    public void Record(ExchangeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var ticker in snapshot.Tickers)
        {
            Record(ticker.Symbol, snapshot.ReadAt, ticker.LastPrice);
        }
    }

    public void Record(string symbol, DateTimeOffset at, decimal price)
    {
        if (!_rings.TryGetValue(symbol, out var ring))
        {
            ring = new PriceRing(CapacityPerSymbol);
            _rings.Add(symbol, ring);
        }

        ring.Add(at, price);
    }

    /// <summary>Puts a persisted ring back (on start of a tick that loaded state).</summary>
    public void Restore(string symbol, PriceRing ring) => _rings[symbol] = ring;

    public PriceRing? Find(string symbol) => _rings.GetValueOrDefault(symbol);
}
