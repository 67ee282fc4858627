using Azure.Data.Tables;
using Bitget.Client.Trading;
using Functions.Tests.Monitoring.Support;
using Sentinel.Functions.Monitoring;

namespace Functions.Tests.Monitoring;

/// <summary>The stored per-tick rows and the in-memory series follow one retention rule, so a cold instance rebuilds what a warm one holds.</summary>
public sealed class PriceLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly PriceHistoryOptions Options = new();

    [Fact]
    public void Replay_OfTheRowsKeptAfterTwoDays_RebuildsTheSeriesTheWarmLogHolds()
    {
        var log = PriceLog.Empty;
        var stored = new SortedDictionary<DateTimeOffset, PriceRow>();
        for (var i = 0; i < 2 * 2880; i++)
        {
            var step = log.Advance(Snapshot(Start.AddSeconds(30 * i), symbols: i % 500 == 0 ? 2 : 3, i), Options);
            stored[step.Added!.At] = step.Added;
            foreach (var dropped in step.Dropped)
            {
                Assert.True(stored.Remove(dropped));
            }

            log = step.Next;
        }

        var cold = PriceLog.Replay(stored.Values);

        Assert.Equal(log.Rows, cold.Rows);
        Assert.Equal(stored.Keys, log.Rows);
        Assert.InRange(stored.Count, 390, 400);
        Assert.Equal(log.Series.Keys.Order(), cold.Series.Keys.Order());
        Assert.All(log.Series, pair => Assert.Equal(pair.Value.Samples, cold.Series[pair.Key].Samples));
    }

    [Fact]
    public void TwoDaysOfThirtySecondTicks_KeepsAnHourFullAndTheRestOfTheDayEveryFiveMinutes()
    {
        var log = PriceLog.Empty;
        for (var i = 0; i < 2 * 2880; i++)
        {
            log = log.Advance(Snapshot(Start.AddSeconds(30 * i), symbols: 1, step: i), Options).Next;
        }

        var series = log.Series[MarketData.Symbol(0)];
        var now = series.Latest!.Value.At;
        Assert.Equal(121, series.Samples.Count(s => s.At >= now.AddHours(-1)));
        Assert.InRange(series.Samples.Count(s => s.At < now.AddHours(-1)), 275, 277);
        Assert.All(series.Samples, s => Assert.True(s.At >= now.AddHours(-24)));
        Assert.True(series.TryGetAtOrBefore(now.AddHours(-23), out var dayAgo));
        Assert.InRange(now.AddHours(-23) - Start.AddSeconds(30 * (double)((dayAgo - MarketData.Price(0, 0)) / 0.01m)), TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Equal(series.Samples.Count, log.Rows.Count);
    }

    [Fact]
    public void TryGetAtOrBefore_BeforeTheFirstSample_IsFalse()
    {
        var series = PriceLog.Empty.Advance(Snapshot(Start, symbols: 1, step: 0), Options).Next.Series[MarketData.Symbol(0)];

        Assert.False(series.TryGetAtOrBefore(Start.AddSeconds(-1), out _));
        Assert.True(series.TryGetAtOrBefore(Start, out var price));
        Assert.Equal(MarketData.Price(0, 0), price);
    }

    [Fact]
    public void Advance_ReplayedRead_StoresNothing()
    {
        var first = PriceLog.Empty.Advance(Snapshot(Start, symbols: 2, step: 0), Options).Next;

        var replayed = first.Advance(Snapshot(Start, symbols: 2, step: 1), Options);

        Assert.Null(replayed.Added);
        Assert.Empty(replayed.Dropped);
        Assert.Same(first, replayed.Next);
    }

    [Fact]
    public void Advance_SymbolGoneForAWholeWindow_IsDropped()
    {
        var log = PriceLog.Empty.Advance(Snapshot(Start, symbols: 2, step: 0), Options).Next;

        var later = log.Advance(Snapshot(Start + Options.Window + TimeSpan.FromSeconds(1), symbols: 1, step: 1), Options);

        Assert.Equal([MarketData.Symbol(0)], later.Next.Series.Keys);
        Assert.Equal([Start], later.Dropped);
    }

    [Fact]
    public void PackedRow_RoundTripsExactDecimalsTimesAndNulls()
    {
        var tickers = new List<ExchangeTicker>
        {
            new("TINYUSDT", 0.000000012345678901m, null, null, 0.0000000123m, 0.0000000124m, -0.0001m, null, null, Start.AddTicks(1)),
            new("HUGEUSDT", 79228162514264337593543950335m, 65432.10m, 65432.100m, null, null, null, 1e-28m, 12.5m, Start),
        };
        var row = new TableEntity("tick", "tickers");

        PackedRows.Write(row, tickers, SnapshotJsonContext.Default.ListExchangeTicker);
        var copy = PackedRows.Read(row, SnapshotJsonContext.Default.ListExchangeTicker);

        Assert.Equal(tickers, copy);
        Assert.Equal("65432.100", copy[1].IndexPrice!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(row.Keys.Where(k => k.StartsWith("Data", StringComparison.Ordinal) && k != "DataParts"), k => Assert.True(row.GetBinary(k)!.Length <= 64 * 1024));
    }

    [Fact]
    public void PackedRow_LargerThanOneProperty_IsSplitAndReassembled()
    {
        var random = new Random(7);
        var prices = Enumerable.Range(0, 20_000).ToDictionary(i => $"S{i:00000}{random.Next():x8}", _ => (decimal)random.NextDouble());
        var row = new TableEntity("ticks", "0");

        PackedRows.Write(row, prices, SnapshotJsonContext.Default.DictionaryStringDecimal);

        Assert.True(row.GetInt32("DataParts") > 1);
        Assert.Equal(prices, PackedRows.Read(row, SnapshotJsonContext.Default.DictionaryStringDecimal));
    }

    private static ExchangeSnapshot Snapshot(DateTimeOffset at, int symbols, int step) => MarketData.Snapshot(at, symbols, positions: 0, step);
}
