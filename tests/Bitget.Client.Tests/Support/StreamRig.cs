using System.Collections.Concurrent;
using Bitget.Client.Credentials;
using Bitget.Client.Streams;
using Bitget.Simulator;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.Support;

/// <summary>
/// The real <see cref="BitgetStreamClient"/> (and a REST client for its resyncs) against a real in-process
/// <see cref="BitgetSimulator"/> over loopback WebSockets, all on one <see cref="FakeTimeProvider"/>: pings, pong
/// timeouts and reconnect backoff happen only when a test advances the clock. Waits for socket traffic poll real time
/// in 1 ms steps up to a bound, as the REST integration tests do; they never decide an outcome.
/// </summary>
internal sealed class StreamRig : IAsyncDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly ConcurrentQueue<StreamEventArgs> _events = new();

    private StreamRig(BitgetSimulator sim, FakeTimeProvider time, BitgetClient rest, BitgetStreamClient streams)
    {
        Sim = sim;
        Time = time;
        Rest = rest;
        Streams = streams;
        streams.EventRaised += (_, e) => _events.Enqueue(e);
    }

    public BitgetSimulator Sim { get; }

    public FakeTimeProvider Time { get; }

    public BitgetClient Rest { get; }

    public BitgetStreamClient Streams { get; }

    public IReadOnlyList<StreamEventArgs> Events => [.. _events];

    public static async Task<StreamRig> StartAsync(Action<SimulatorOptions>? simulator = null, Action<BitgetStreamOptions>? streams = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var simOptions = new SimulatorOptions { TimeProvider = time };
        simulator?.Invoke(simOptions);
        var sim = await BitgetSimulator.StartAsync(simOptions);
        var account = simOptions.Accounts[0];
        var credentials = new StaticCredentialsProvider(new BitgetCredentials(account.ApiKey, account.Secret, account.Passphrase));
        var rest = new BitgetClient(new BitgetClientOptions { BaseAddress = sim.BaseAddress, SynchronizeClock = false }, credentials, null, time, new Random(7));
        var options = new BitgetStreamOptions { BaseAddress = sim.StreamAddress };
        streams?.Invoke(options);
        return new StreamRig(sim, time, rest, new BitgetStreamClient(options, credentials, rest, time, new Random(11)));
    }

    public int Count(StreamEventKind kind) => _events.Count(e => e.Kind == kind);

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; fails the test with <paramref name="what"/> otherwise.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(1);
        }
    }

    /// <summary>Moves the fake clock a second at a time (letting the sockets catch up in between) until <paramref name="condition"/> holds.</summary>
    public async Task AdvanceUntilAsync(Func<bool> condition, string what, int maxSeconds = 600)
    {
        for (var i = 0; i < maxSeconds && !condition(); i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            for (var spin = 0; spin < 5 && !condition(); spin++)
            {
                await Task.Delay(1);
            }
        }

        Assert.True(condition(), $"{what} did not happen within {maxSeconds} simulated seconds; events: {string.Join(" | ", Events)}");
    }

    public Task UntilEventAsync(StreamEventKind kind, int count = 1) =>
        UntilAsync(() => Count(kind) >= count, $"{count} x {kind} (events: {string.Join(" | ", Events)})");

    /// <summary>The next item of a subscription (bounded wait).</summary>
    public static async Task<StreamUpdate<T>> NextAsync<T>(StreamSubscription<T> subscription)
        where T : notnull
    {
        try
        {
            return await subscription.Reader.ReadAsync().AsTask().WaitAsync(Bound);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no update on {subscription.Channel} within {Bound}");
            throw;
        }
    }

    /// <summary>Reads until an item matches, returning it (bounded wait).</summary>
    public static async Task<StreamUpdate<T>> NextMatchingAsync<T>(StreamSubscription<T> subscription, Func<StreamUpdate<T>, bool> match)
        where T : notnull
    {
        while (true)
        {
            var update = await NextAsync(subscription);
            if (match(update))
            {
                return update;
            }
        }
    }

    /// <summary>After a loss the client waits its backoff on the fake clock: move the clock until it has connected again.</summary>
    public async Task ReconnectAsync()
    {
        await UntilEventAsync(StreamEventKind.Reconnecting);
        var connected = Count(StreamEventKind.Connected);
        await AdvanceUntilAsync(() => Count(StreamEventKind.Connected) > connected, "the reconnect");
    }

    public async ValueTask DisposeAsync()
    {
        await Streams.DisposeAsync();
        Rest.Dispose();
        await Sim.DisposeAsync();
    }
}
