using Bitget.Client.Streams;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Simulator.Faults;

namespace Bitget.Client.Tests.Streams;

/// <summary>Subscribe, unsubscribe, reconnect and dispose racing each other on one shared connection.</summary>
public sealed class ConcurrencyStreamTests
{
    [Fact]
    public async Task SubscribeUnsubscribeUnderLoadWhileConnectionsDrop_ServerEndsWithExactlyTheClientsChannels()
    {
        await using var rig = await StreamRig.StartAsync(o => o.EnforceRateLimits = false, o => o.MessagesPerSecond = 1000);
        var symbols = rig.Sim.Prices.Symbols.ToList();
        var channels = symbols.SelectMany(s => new Func<Task<IAsyncDisposable>>[]
        {
            async () => await rig.Streams.Classic.SubscribeTickerAsync(s),
            async () => await rig.Streams.Classic.SubscribeTradesAsync(s),
            async () => await rig.Streams.Classic.SubscribeBooksAsync(s, BookDepth.Top1),
            async () => await rig.Streams.Classic.SubscribeCandlesAsync(s, CandleGranularity.OneMinute),
        }).ToList();
        var held = new IAsyncDisposable?[channels.Count];
        rig.Sim.Faults.Stream(FaultKind.StreamDrop, "/v2/ws/public", times: 3);
        using var stop = new CancellationTokenSource();
        var clock = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                rig.Time.Advance(TimeSpan.FromSeconds(1));
                rig.Sim.Prices.Set(symbols[0], 60_000m + (rig.Time.GetUtcNow().Second * 0.1m));
                await Task.Delay(2);
            }
        });

        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var op = 0; op < 60; op++)
            {
                // Each worker owns a disjoint set of channels; all of them share one socket.
                var index = (random.Next(channels.Count / 4) * 4) + worker;
                if (held[index] is { } subscription)
                {
                    held[index] = null;
                    await subscription.DisposeAsync();
                }
                else
                {
                    held[index] = await channels[index]();
                }
            }
        })).ToList();
        await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(60));
        await StreamRig.UntilAsync(() => rig.Sim.Faults.Rules.All(r => r.Exhausted), "the three drops to happen");
        await StreamRig.UntilAsync(() => ServerChannels(rig).SetEquals(ClientChannels(held)), "the server to hold exactly the client's channels");
        await stop.CancelAsync();
        await clock;

        Assert.Equal(held.Count(h => h is not null), rig.Streams.SubscriptionCount("/v2/ws/public"));
        Assert.True(rig.Count(StreamEventKind.Resubscribed) >= 3);
        await rig.Streams.DisposeAsync();

        // Handshakes the client abandoned on its (fast-moving) connect timeout leave server sessions that never speak;
        // the simulator closes them after two silent minutes, as Bitget does.
        await rig.AdvanceUntilAsync(() => rig.Sim.Streams.Sessions.Count == 0, "every server session to close");
    }

    private static HashSet<string> ServerChannels(StreamRig rig) =>
        [.. rig.Sim.Streams.Sessions.Where(s => s.Path == "/v2/ws/public").SelectMany(s => s.Subscriptions).Select(a => a.Key)];

    private static HashSet<string> ClientChannels(IAsyncDisposable?[] held) =>
        [.. held.OfType<IAsyncDisposable>().Select(h => (string)h.GetType().GetProperty("Channel")!.GetValue(h)!)];
}
