using Bitget.Client.Credentials;
using Bitget.Simulator;
using Bitget.Simulator.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Support;

/// <summary>
/// The real <see cref="BitgetClient"/> talking HTTP over loopback to a real in-process <see cref="BitgetSimulator"/>,
/// both on one <see cref="FakeTimeProvider"/>.
/// </summary>
/// <remarks>
/// Why one fake clock rather than real time: backoff, attempt timeouts, the rate limiters on both sides, the
/// simulator's 30 s signature window and its fault holds all run on it, so a 10 s timeout or a 20 s burst at 5/s costs
/// milliseconds and every request is stamped with a time the test controls. The clock moves only in
/// <c>RunAsync</c>, and only while no request is on the wire except those the simulator holds on purpose: a
/// request is never "slow" by accident, so the simulator sees each request at the instant the client's limiter released
/// it, and per-second counts are exact. Polling real time for a millisecond between steps is the bounded wait for the
/// real sockets and the server's threads.
/// </remarks>
public sealed class SimulatedBitget : IAsyncDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);
    private readonly InFlightCounter _wire;

    private SimulatedBitget(BitgetSimulator sim, FakeTimeProvider time, BitgetClient client, InFlightCounter wire)
    {
        Sim = sim;
        Time = time;
        Client = client;
        _wire = wire;
    }

    public BitgetSimulator Sim { get; }

    public FakeTimeProvider Time { get; }

    public BitgetClient Client { get; }

    public static BitgetCredentials CredentialsOf(SimulatedAccountOptions account) => new(account.ApiKey, account.Secret, account.Passphrase);

    /// <summary>Starts a simulator (one classic one-way account unless configured) and a client for its first account.</summary>
    public static async Task<SimulatedBitget> StartAsync(
        Action<SimulatorOptions>? configureSimulator = null,
        Action<BitgetClientOptions>? configureClient = null,
        IBitgetCredentialsProvider? credentials = null,
        FakeTimeProvider? clientTime = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var simOptions = new SimulatorOptions { TimeProvider = time };
        configureSimulator?.Invoke(simOptions);
        var sim = await BitgetSimulator.StartAsync(simOptions);
        var options = new BitgetClientOptions { BaseAddress = sim.BaseAddress };
        configureClient?.Invoke(options);
        var wire = new InFlightCounter();
        var client = new BitgetClient(options, credentials ?? new StaticCredentialsProvider(CredentialsOf(simOptions.Accounts[0])), wire, clientTime ?? time, new Random(7));
        return new SimulatedBitget(sim, time, client, wire);
    }

    /// <summary>Runs client calls to completion, moving the shared clock whenever the client can only be waiting on it.</summary>
    public Task<T> RunAsync<T>(Func<BitgetClient, Task<T>> call) => RunAsync(call(Client));

    /// <inheritdoc cref="RunAsync{T}(Func{BitgetClient, Task{T}})"/>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        var deadline = Time.GetUtcNow() + TimeSpan.FromMinutes(10);
        while (!task.IsCompleted)
        {
            if (IdleOnce() && await StillIdleAsync())
            {
                Assert.True(Time.GetUtcNow() < deadline, "the client did not finish within 10 simulated minutes");
                Time.Advance(Step);
            }
            else
            {
                await Task.WhenAny(task, Task.Delay(1));
            }
        }

        for (var i = 0; i < 5_000 && Sim.Requests.Pending > 0; i++)
        {
            await Task.Delay(1);
        }

        return await task;
    }

    /// <summary>Runs many calls at once (a burst) to completion.</summary>
    public Task<T[]> RunAllAsync<T>(int count, Func<BitgetClient, int, Task<T>> call) =>
        RunAsync(Task.WhenAll(Enumerable.Range(0, count).Select(i => call(Client, i))));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sim.DisposeAsync();
    }

    private bool IdleOnce() => _wire.InFlight <= Sim.Faults.Holding;

    /// <summary>Idle twice, a real millisecond apart, with no request arriving in between: the client is waiting on a timer.</summary>
    private async Task<bool> StillIdleAsync()
    {
        var seen = Sim.Requests.All.Count;
        await Task.Delay(1);
        return IdleOnce() && Sim.Requests.All.Count == seen;
    }
}
