using Bitget.Client.Trading;
using Sentinel.Functions.Streaming;

namespace Functions.Tests.Streaming;

public sealed class StreamedSnapshotTests
{
    private static readonly DateTimeOffset ReadAt = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Overlay_StreamedMarkPrice_RepricesThePositionsOfThatSymbolAndMovesEquityByTheSameAmount()
    {
        var stored = new ExchangeSnapshot(
            ReadAt,
            [Ticker("BTCUSDT", 60_000m), Ticker("ETHUSDT", 3_000m)],
            [Position("BTCUSDT", PositionSide.Short, 0.5m, entry: 60_000m), Position("ETHUSDT", PositionSide.Long, 2m, entry: 3_000m)],
            new ExchangeAccount("USDT", 10_000m, 8_000m, 0m, null));
        var streamed = new Dictionary<string, ExchangeTicker> { ["BTCUSDT"] = Ticker("BTCUSDT", 61_000m) with { MarkPrice = 61_010m } };

        var snapshot = StreamedSnapshot.Overlay(stored, streamed, ReadAt.AddSeconds(5));

        var btc = snapshot.Positions.Single(p => p.Symbol == "BTCUSDT");
        Assert.Equal((61_010m, -505m), (btc.MarkPrice, btc.UnrealizedPnl));
        Assert.Equal(0m, snapshot.Positions.Single(p => p.Symbol == "ETHUSDT").UnrealizedPnl);
        Assert.Equal((9_495m, -505m), (snapshot.Account.Equity, snapshot.Account.UnrealizedPnl));
        Assert.Equal([61_000m, 3_000m], snapshot.Tickers.Select(t => t.LastPrice));
        Assert.Equal(ReadAt.AddSeconds(5), snapshot.ReadAt);
    }

    [Fact]
    public void Overlay_NoMarkPricePushed_MarksToTheLastPrice()
    {
        var stored = new ExchangeSnapshot(ReadAt, [Ticker("BTCUSDT", 60_000m)], [Position("BTCUSDT", PositionSide.Long, 0.1m, entry: 60_000m)], new ExchangeAccount("USDT", 1_000m, 1_000m, 0m, null));

        var snapshot = StreamedSnapshot.Overlay(stored, new Dictionary<string, ExchangeTicker> { ["BTCUSDT"] = Ticker("BTCUSDT", 48_000m) }, ReadAt);

        Assert.Equal(-1_200m, Assert.Single(snapshot.Positions).UnrealizedPnl);
        Assert.Equal(-200m, snapshot.Account.Equity);
    }

    private static ExchangeTicker Ticker(string symbol, decimal last) => new(symbol, last, null, null, null, null, null, null, null, ReadAt);

    private static ExchangePosition Position(string symbol, PositionSide side, decimal size, decimal entry) =>
        new(symbol, "USDT", side, PositionMode.OneWay, MarginMode.Crossed, size, size, entry, entry, null, 0m, 100m, 10m, null, null, ReadAt);
}
