using Bitget.Simulator.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Simulator.Tests.Support;

/// <summary>Starts a simulator on a loopback port with a fake clock and a signed client for its first account.</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    private SimulatorHarness(BitgetSimulator sim, FakeTimeProvider time)
    {
        Sim = sim;
        Time = time;
        Client = SignedClient.For(sim, time);
    }

    public BitgetSimulator Sim { get; }

    public FakeTimeProvider Time { get; }

    public SignedClient Client { get; }

    public static async Task<SimulatorHarness> StartAsync(
        PositionMode mode = PositionMode.OneWay, decimal balance = 10_000m, bool rateLimits = false, Action<SimulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var options = new SimulatorOptions
        {
            TimeProvider = time,
            EnforceRateLimits = rateLimits,
            Accounts =
            {
                new SimulatedAccountOptions { ApiKey = "uta-key", Secret = "uta-secret", Passphrase = "uta-pass", Kind = AccountKind.Unified, PositionMode = mode, Balance = balance },
            },
        };
        options.Accounts[0].PositionMode = mode;
        options.Accounts[0].Balance = balance;
        configure?.Invoke(options);
        return new SimulatorHarness(await BitgetSimulator.StartAsync(options), time);
    }

    public SignedClient ClientFor(int account) => SignedClient.For(Sim, Time, account);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sim.DisposeAsync();
    }
}
