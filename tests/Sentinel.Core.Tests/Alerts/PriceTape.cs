using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Tests.Alerts;

/// <summary>
/// Price history for tests, recorded tick by tick as the monitoring tick keeps it: per symbol a
/// <see cref="PriceSeries"/> of at most <c>capacity</c> samples, oldest dropped first, a sample not newer than
/// the last ignored.
/// </summary>
internal sealed class PriceTape(int capacity = 240) : Dictionary<string, PriceSeries>(StringComparer.Ordinal)
{
    public void Record(ExchangeSnapshot snapshot)
    {
        foreach (var ticker in snapshot.Tickers)
        {
            Record(ticker.Symbol, snapshot.ReadAt, ticker.LastPrice);
        }
    }

    public void Record(string symbol, DateTimeOffset at, decimal price)
    {
        var series = TryGetValue(symbol, out var known) ? known : PriceSeries.Empty;
        if (series.Latest is { } latest && at <= latest.At)
        {
            return;
        }

        this[symbol] = new PriceSeries([.. series.Samples.Skip(series.Samples.Count + 1 - capacity), new PriceSample(at, price)]);
    }
}
