using System.Text;
using Bitget.Client.Credentials;
using Bitget.Client.Streams;
using Bitget.Client.Trading;
using Bitget.Client.V2.Streams;
using Bitget.Client.V3.Streams;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.Streams;

/// <summary>Real Bitget WebSocket payloads (../shared/fixtures, read in place) through the client's frame scanner and row types.</summary>
public sealed class StreamFixtureTests
{
    private static byte[] Fixture(string api, string name) => File.ReadAllBytes(RepositoryRoot.SharedFixtures("bitget", api, "ws", name));

    private static IReadOnlyList<T> Rows<T>(byte[] frame, System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<T>> type)
    {
        var parsed = StreamFrame.Parse(frame);
        Assert.Equal(StreamFrameKind.Push, parsed.Kind);
        return System.Text.Json.JsonSerializer.Deserialize(frame.AsSpan(parsed.DataStart, parsed.DataLength), type)!;
    }

    [Fact]
    public void V2Ticker_ParsesPricesMarkAndFundingAsExactDecimals()
    {
        var frame = Fixture("v2", "ws-mix-ticker-push.json");

        var ticker = Assert.Single(Rows(frame, ClassicStreamJsonContext.Default.IReadOnlyListFuturesTicker));

        Assert.Equal(("BTCUSDT", 27000.5m, 27000.0m, 25702.4m, 0.000010m), (ticker.Symbol, ticker.LastPrice!.Value, ticker.MarkPrice!.Value, ticker.IndexPrice!.Value, ticker.FundingRate!.Value));
        Assert.Equal("USDT-FUTURES/TICKER/BTCUSDT/", StreamFrame.Parse(frame).ArgKey);
        Assert.Equal(StreamArg.V2("USDT-FUTURES", "ticker", "BTCUSDT").Key, StreamFrame.Parse(frame).ArgKey);
    }

    [Fact]
    public void V2PrivateChannels_ParsePositionOrderAndAccount()
    {
        var position = Assert.Single(Rows(Fixture("v2", "ws-mix-positions-push.json"), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamPosition));
        var order = Assert.Single(Rows(Fixture("v2", "ws-mix-orders-push.json"), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamOrder));
        var account = Assert.Single(Rows(Fixture("v2", "ws-mix-account-push.json"), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamAccount));

        Assert.Equal(("ETHUSDT", PositionSide.Short, 0.1m, 20m, 5788.108475905242m), (position.Symbol, position.HoldSide!.Value, position.Total, position.Leverage!.Value, position.LiquidationPrice!.Value));
        Assert.Equal((OrderStatus.Filled, 0.01m, 27000.5m, false, "1"), (order.Status, order.FilledSize!.Value, order.AveragePrice!.Value, order.ReduceOnly!.Value, order.ClientOid));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1695718781146), order.UpdatedAt);
        Assert.Equal(("USDT", 11490.16841069m, 11489.968410691679m), (account.MarginCoin, account.Available!.Value, account.UsdtEquity!.Value));
        Assert.Equal("USDT-FUTURES/ACCOUNT/DEFAULT/", StreamFrame.Parse(Fixture("v2", "ws-mix-account-push.json")).ArgKey);
    }

    [Fact]
    public void V2MarketChannels_ParseCandleTradesAndBook()
    {
        var candle = Assert.Single(Rows(Fixture("v2", "ws-mix-candle-push.json"), ClassicStreamJsonContext.Default.IReadOnlyListCandle));
        var trades = Rows(Fixture("v2", "ws-mix-trade-push.json"), ClassicStreamJsonContext.Default.IReadOnlyListRecentTrade);
        var book = Assert.Single(Rows(Fixture("v2", "ws-mix-books5-push.json"), ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamBook));

        Assert.Equal((27000m, 27000.5m, 0.057m), (candle.Open, candle.Close, candle.BaseVolume));
        Assert.Equal([(27000.5m, OrderSide.Buy), (27000.0m, OrderSide.Sell)], trades.Select(t => (t.Price, t.Side)));
        Assert.Equal((27000.5m, 8.760m, 27000.0m), (book.Asks[0].Price, book.Asks[0].Size, book.Bids[0].Price));
    }

    [Fact]
    public void V3Channels_ParseTickerBookPositionOrderAndAccount()
    {
        var ticker = Assert.Single(Rows(Fixture("v3", "ws-ticker-push-doc.json"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamTicker));
        var book = Assert.Single(Rows(Fixture("v3", "ws-books-push-doc.json"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamBook));
        var position = Assert.Single(Rows(Fixture("v3", "ws-position-push-doc.json"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamPosition));
        var order = Assert.Single(Rows(Fixture("v3", "ws-order-push-doc.json"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamOrder));
        var account = Assert.Single(Rows(Fixture("v3", "ws-account-push-doc.json"), UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamAccount));

        Assert.Equal((100000m, 99999m), (ticker.LastPrice!.Value, ticker.BidPrice!.Value));
        Assert.Equal((1304314508780744705L, 99756.7m), (book.Sequence!.Value, book.Asks[0].Price));
        Assert.Equal(("BTCUSDT", PositionSide.Long, 0m, "ended", null), (position.Symbol, position.PositionSide!.Value, position.Size, position.PositionStatus, position.LiquidationPrice));
        Assert.Equal((OrderStatus.Filled, PositionSide.Long, 0.001m, 83131.5m, false), (order.Status, order.PositionSide!.Value, order.FilledQuantity!.Value, order.AveragePrice!.Value, order.ReduceOnly!.Value));
        Assert.Equal((4976919.05m, 3, 344282.65536458m), (account.TotalEquity!.Value, account.Coins.Count, account.Coins[2].Equity!.Value));
        Assert.Equal("UTA/ACCOUNT//", StreamFrame.Parse(Fixture("v3", "ws-account-push-doc.json")).ArgKey);
    }

    [Fact]
    public void EventFrames_LoginSuccessFailureAndChannelError_AreTold()
    {
        var success = StreamFrame.Parse(Fixture("v2", "ws-login-success-doc.json"));
        var failure = StreamFrame.Parse(Fixture("v2", "ws-login-failure-doc.json"));
        var error = StreamFrame.Parse(Fixture("v2", "ws-error-30001-real.json"));
        var ack = StreamFrame.Parse(Fixture("v3", "ws-subscribe-ack-doc.json"));

        Assert.Equal((StreamFrameKind.Login, true), (success.Kind, success.IsSuccess));
        Assert.Equal((StreamFrameKind.Error, "30005"), (failure.Kind, failure.Code));
        Assert.Equal((StreamFrameKind.Error, "30001", "subscribe", "USDT-FUTURES/POSITIONS/BTCUSDT/"), (error.Kind, error.Code, error.Op, error.ArgKey));
        Assert.Equal((StreamFrameKind.Subscribed, StreamArg.V3("usdt-futures", "books1", "BTCUSDT").Key), (ack.Kind, ack.ArgKey));
        Assert.Equal(StreamFrameKind.Pong, StreamFrame.Parse("pong"u8).Kind);
    }

    [Fact]
    public void Login_SignsSecondsTimestampWithGetUserVerify_MatchingTheFactSheetVector()
    {
        var frame = Encoding.UTF8.GetString(StreamRequests.Login(new BitgetCredentials("key", "testsecret", "pass"), DateTimeOffset.FromUnixTimeSeconds(1700000000)));

        Assert.Equal("{\"op\":\"login\",\"args\":[{\"apiKey\":\"key\",\"passphrase\":\"pass\",\"timestamp\":\"1700000000\",\"sign\":\"7yvssn19Hr3vxrE80AxY85uruo3euy\\u002BgZGqusHm7oc8=\"}]}", frame);
    }

    [Fact]
    public void Subscribe_ManyChannels_SplitIntoRequestsUnder4096Bytes()
    {
        var args = Enumerable.Range(0, 200).Select(i => StreamArg.V2("USDT-FUTURES", "ticker", $"SYMBOL{i}USDT")).ToList();

        var requests = StreamRequests.Batch("subscribe", args, 4096).ToList();

        Assert.All(requests, r => Assert.True(r.Length <= 4096));
        Assert.Equal(200, requests.Sum(r => System.Text.Json.JsonDocument.Parse(r).RootElement.GetProperty("args").GetArrayLength()));
        Assert.True(requests.Count > 1);
    }
}
