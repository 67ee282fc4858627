using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// The price history as a tick holds it: every symbol's <see cref="PriceSeries"/> and the times of the stored
/// per-tick rows (oldest first). Pure: <see cref="Advance"/> says which row to add and which to delete, the store
/// writes them, and a cold instance rebuilds the same log with <see cref="Replay"/>.
/// </summary>
internal sealed class PriceLog
{
    private PriceLog(IReadOnlyDictionary<string, PriceSeries> series, IReadOnlyList<DateTimeOffset> rows)
    {
        Series = series;
        Rows = rows;
    }

    public static PriceLog Empty { get; } = new(new Dictionary<string, PriceSeries>(StringComparer.Ordinal), []);

    public IReadOnlyDictionary<string, PriceSeries> Series { get; }

    public IReadOnlyList<DateTimeOffset> Rows { get; }

    /// <summary>
    /// Adds a row with each ticker's last price at the snapshot's read time and drops the rows
    /// <see cref="PriceRetention"/> no longer keeps; each series is its symbol's samples in the kept rows, so a
    /// symbol with no sample left inside the window disappears. A read not newer than the last row (a replay)
    /// changes nothing.
    /// </summary>
    public PriceStep Advance(ExchangeSnapshot snapshot, PriceHistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (Rows.Count > 0 && snapshot.ReadAt <= Rows[^1])
        {
            return new PriceStep(this, null, []);
        }

        var row = new PriceRow(snapshot.ReadAt, Prices(snapshot.Tickers));
        var kept = PriceRetention.Retain(Rows, row.At, at => at, options, PriceSeries.MaxSamples);
        var keptSet = kept.ToHashSet();
        var dropped = Rows.Where(at => !keptSet.Contains(at)).ToList();
        var filter = dropped.Count == 0 ? null : keptSet;
        var series = new Dictionary<string, PriceSeries>(Series.Count + 8, StringComparer.Ordinal);
        foreach (var (symbol, old) in Series)
        {
            PriceSample? added = row.Prices.TryGetValue(symbol, out var price) ? new PriceSample(row.At, price) : null;
            if (old.Retain(filter, added) is { Samples.Count: > 0 } next)
            {
                series[symbol] = next;
            }
        }

        foreach (var (symbol, price) in row.Prices)
        {
            series.TryAdd(symbol, new PriceSeries([new PriceSample(row.At, price)]));
        }

        return new PriceStep(new PriceLog(series, kept), row, dropped);
    }

    /// <summary>The log the stored rows (oldest first) describe.</summary>
    public static PriceLog Replay(IEnumerable<PriceRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var samples = new Dictionary<string, List<PriceSample>>(StringComparer.Ordinal);
        var times = new List<DateTimeOffset>();
        foreach (var row in rows)
        {
            foreach (var (symbol, price) in row.Prices)
            {
                if (!samples.TryGetValue(symbol, out var list))
                {
                    samples[symbol] = list = [];
                }

                list.Add(new PriceSample(row.At, price));
            }

            times.Add(row.At);
        }

        return new PriceLog(samples.ToDictionary(p => p.Key, p => new PriceSeries([.. p.Value]), StringComparer.Ordinal), times);
    }

    private static Dictionary<string, decimal> Prices(IReadOnlyList<ExchangeTicker> tickers)
    {
        var prices = new Dictionary<string, decimal>(tickers.Count, StringComparer.Ordinal);
        foreach (var ticker in tickers)
        {
            prices[ticker.Symbol] = ticker.LastPrice;
        }

        return prices;
    }
}

/// <summary>One stored row of the price history: every symbol's last price at one read time.</summary>
internal sealed record PriceRow(DateTimeOffset At, IReadOnlyDictionary<string, decimal> Prices);

/// <summary>The log after a tick, the row to add (null when nothing is new) and the times of the rows to delete.</summary>
internal sealed record PriceStep(PriceLog Next, PriceRow? Added, IReadOnlyList<DateTimeOffset> Dropped);
