using Bitget.Client.Streams;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Market;
using Bitget.Simulator.Faults;

namespace Bitget.Client.Tests.Streams;

/// <summary>Public channels against the simulator: pushes on every price step, reconnect and resubscribe after every fault kind.</summary>
public sealed class PublicStreamTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private StreamRig _rig = null!;

    public async Task InitializeAsync() => _rig = await StreamRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task V2Ticker_EveryPriceStep_ArrivesAsAnExactDecimal()
    {
        _rig.Sim.Prices.Set("BTCUSDT", 60_000m);
        await using var ticker = await _rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        var first = await StreamRig.NextAsync(ticker);

        _rig.Sim.Prices.Set("BTCUSDT", 60_000.1m, markPrice: 59_999.9m);
        var step = await StreamRig.NextAsync(ticker);

        Assert.Equal(60_000m, Assert.Single(first.Items).LastPrice);
        Assert.Equal((60_000.1m, 59_999.9m), (Assert.Single(step.Items).LastPrice!.Value, step.Items[0].MarkPrice!.Value));
    }

    [Fact]
    public async Task V3Ticker_PriceStep_ArrivesWithTheSymbolFromArg()
    {
        await using var ticker = await _rig.Streams.Unified.SubscribeTickerAsync("ETHUSDT");
        await StreamRig.NextAsync(ticker);

        _rig.Sim.Prices.Set("ETHUSDT", 3_210.55m);
        var step = await StreamRig.NextMatchingAsync(ticker, u => u.Items[0].LastPrice == 3_210.55m);

        Assert.Equal("ETHUSDT", step.Items[0].Symbol);
    }

    [Fact]
    public async Task CandlesTradesAndBooks_OnOneSocket_EachGetTheirPushes()
    {
        _rig.Sim.Prices.Set("BTCUSDT", 50_000m);
        await using var candles = await _rig.Streams.Classic.SubscribeCandlesAsync("BTCUSDT", CandleGranularity.OneMinute);
        await using var books = await _rig.Streams.Classic.SubscribeBooksAsync("BTCUSDT", BookDepth.Top5);
        await using var kline = await _rig.Streams.Unified.SubscribeCandlesAsync("BTCUSDT", CandleGranularity.FiveMinutes);

        _rig.Sim.Prices.Set("BTCUSDT", 50_100m);

        Assert.Equal(50_100m, (await StreamRig.NextMatchingAsync(candles, u => u.Items[0].Close == 50_100m)).Items[0].High);
        Assert.Equal(5, (await StreamRig.NextMatchingAsync(books, u => u.Items[0].Bids[0].Price == 50_100m)).Items[0].Asks.Count);
        Assert.Equal(50_100m, (await StreamRig.NextMatchingAsync(kline, u => u.Items[0].Close == 50_100m)).Items[0].Close);
        Assert.Equal(2, _rig.Streams.SubscriptionCount("/v2/ws/public"));
        Assert.Single(_rig.Sim.Streams.Sessions, s => s.Path == "/v2/ws/public");
    }

    [Theory]
    [InlineData(FaultKind.StreamDrop)]
    [InlineData(FaultKind.StreamSlowConsumer)]
    public async Task ConnectionLost_ReconnectsAfterBackoff_ResubscribesAndPushesResume(FaultKind fault)
    {
        await using var ticker = await _rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.NextAsync(ticker);
        _rig.Sim.Faults.Stream(fault, "/v2/ws/public");

        _rig.Sim.Prices.Set("BTCUSDT", 61_000m);
        await _rig.UntilEventAsync(StreamEventKind.Disconnected);
        await _rig.ReconnectAsync();
        await _rig.UntilEventAsync(StreamEventKind.Resubscribed);
        _rig.Sim.Prices.Set("BTCUSDT", 62_000m);

        await StreamRig.NextMatchingAsync(ticker, u => u.Items[0].LastPrice == 62_000m);
        Assert.Equal(2, _rig.Count(StreamEventKind.Connected));
        Assert.Equal(1, _rig.Events.Single(e => e.Kind == StreamEventKind.Resubscribed).Count);
    }

    [Fact]
    public async Task SilenceWithoutClose_NoPongWithinTheTimeout_ConnectionReplaced()
    {
        await using var ticker = await _rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.NextAsync(ticker);
        _rig.Sim.Faults.Stream(FaultKind.StreamSilence, "/v2/ws/public", times: null);

        await _rig.AdvanceUntilAsync(() => _rig.Count(StreamEventKind.Disconnected) > 0, "the dead connection to be dropped");
        _rig.Sim.Faults.Clear();
        await _rig.ReconnectAsync();
        await _rig.UntilEventAsync(StreamEventKind.Resubscribed);
        _rig.Sim.Prices.Set("BTCUSDT", 63_000m);

        await StreamRig.NextMatchingAsync(ticker, u => u.Items[0].LastPrice == 63_000m);
        Assert.Contains(_rig.Events, e => e.Kind == StreamEventKind.Error && e.Error!.Message.Contains("No pong", StringComparison.Ordinal));
        Assert.True(_rig.Time.GetUtcNow() - Start >= TimeSpan.FromSeconds(40), "declared dead only after a ping interval plus the pong timeout");
    }

    [Fact]
    public async Task ServerSideUnsubscribe_ClientSubscribesAgain_WithoutReconnecting()
    {
        await using var ticker = await _rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.NextAsync(ticker);
        _rig.Sim.Faults.Stream(FaultKind.StreamUnsubscribe, "/v2/ws/public");

        _rig.Sim.Prices.Set("BTCUSDT", 64_000m);
        await StreamRig.UntilAsync(() => _rig.Sim.Streams.Sessions.Single().IsSubscribed("USDT-FUTURES/TICKER/BTCUSDT/") && _rig.Count(StreamEventKind.Error) > 0, "the resubscription");
        _rig.Sim.Prices.Set("BTCUSDT", 64_500m);

        await StreamRig.NextMatchingAsync(ticker, u => u.Items[0].LastPrice == 64_500m);
        Assert.Equal(1, _rig.Count(StreamEventKind.Connected));
    }

    [Fact]
    public async Task MalformedFrame_ReportedAndSkipped_TheNextPushArrives()
    {
        await using var ticker = await _rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.NextAsync(ticker);
        _rig.Sim.Faults.Stream(FaultKind.StreamMalformedFrame, "/v2/ws/public");

        _rig.Sim.Prices.Set("BTCUSDT", 65_000m);
        await _rig.UntilEventAsync(StreamEventKind.Error);
        _rig.Sim.Prices.Set("BTCUSDT", 65_500m);

        var next = await StreamRig.NextAsync(ticker);
        Assert.Equal(65_500m, next.Items[0].LastPrice);
        Assert.Contains("Malformed", _rig.Events.Single(e => e.Kind == StreamEventKind.Error).Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1, _rig.Count(StreamEventKind.Connected));
    }

    [Fact]
    public async Task SlowConsumer_ManyMessages_BufferStaysAtCapacityAndTheNewestWins()
    {
        // The server must not give up on the client first: its own send queue holds the whole burst.
        await using var rig = await StreamRig.StartAsync(o => o.StreamSendQueue = 100_000, o => o.PublicBufferCapacity = 64);
        await using var ticker = await rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.UntilAsync(() => ticker.Buffered == 1, "the first snapshot");

        var sent = rig.Sim.Streams.Burst("BTCUSDT", 50_000);
        await StreamRig.UntilAsync(() => ticker.Buffered + ticker.Dropped == sent + 1, "every pushed frame to be received");

        Assert.Equal(64, ticker.Buffered);
        Assert.Equal(sent + 1 - 64, ticker.Dropped);
        var buffered = new List<StreamUpdate<FuturesTicker>>();
        while (ticker.Reader.TryRead(out var update))
        {
            buffered.Add(update);
        }

        Assert.Equal(60_000m + (49_999 * 0.1m), buffered[^1].Items[0].LastPrice);
        Assert.Equal(buffered[^1].Items[0].LastPrice - (63 * 0.1m), buffered[0].Items[0].LastPrice);
        Assert.Equal(1, rig.Count(StreamEventKind.BufferFull));
    }

    [Fact]
    public async Task SubscriptionLimit_OneMoreThanAllowed_RefusedWithATypedError()
    {
        await using var rig = await StreamRig.StartAsync(streams: o => o.MaxSubscriptionsPerConnection = 2);
        await using var a = await rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await using var b = await rig.Streams.Classic.SubscribeTickerAsync("ETHUSDT");

        var error = await Assert.ThrowsAsync<BitgetStreamException>(() => rig.Streams.Classic.SubscribeTradesAsync("BTCUSDT"));

        Assert.Contains("MaxSubscriptionsPerConnection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_ClosesTheSocketAndCompletesEverySubscription()
    {
        var ticker = await _rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.NextAsync(ticker);

        await _rig.Streams.DisposeAsync();

        await ticker.Reader.Completion.WaitAsync(TimeSpan.FromSeconds(20));
        await StreamRig.UntilAsync(() => _rig.Sim.Streams.Sessions.Count == 0, "the server to see the close");
    }
}
