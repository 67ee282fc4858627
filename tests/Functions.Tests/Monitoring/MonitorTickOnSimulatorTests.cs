using Bitget.Client.Exchange;
using Bitget.Simulator;
using Bitget.Simulator.Accounts;
using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Core.Ticks;
using Sentinel.TestSupport;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Monitoring;

/// <summary>
/// The tick end to end: the real Bitget adapter (BitgetExchangePortFactory → AutoDetectingExchangePort → BitgetClient)
/// against the real simulator over loopback, state on Azurite. Simulator and tick share one fake clock.
/// </summary>
[Collection(MonitoringAzuriteGroup.Name)]
public sealed class MonitorTickOnSimulatorTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(SimKind.Classic, Bitget.Client.Exchange.AccountKind.Classic)]
    [InlineData(SimKind.Unified, Bitget.Client.Exchange.AccountKind.Unified)]
    public async Task RealAdapter_AutoDetectsTheKind_AndStoresTheSimulatorsTickersPositionsAndAccount(SimKind simulated, Bitget.Client.Exchange.AccountKind expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var simulator = await SimulatorFixture.StartAsync(clock, new SimulatedAccountOptions { Kind = simulated });
        simulator.SeedPosition("BTCUSDT", SimSide.Long, 0.5m, 60_000m);
        simulator.SeedPosition("ETHUSDT", SimSide.Short, 2m, 3_000m);
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, simulator.AppSettings(), clock: clock, realExchange: true);

        var result = await app.Tick.RunAsync();

        Assert.True(result.Outcome == TickOutcome.Succeeded, result.Status?.LastFailure?.Message);
        Assert.Equal(expected, result.Status!.AccountKind);
        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], (await app.Snapshots.ReadTickersAsync()).Select(t => t.Symbol));
        var positions = (await app.Snapshots.ReadPositionsAsync()).OrderBy(p => p.Symbol).ToList();
        Assert.Equal([("BTCUSDT", Bitget.Client.Trading.PositionSide.Long, 0.5m), ("ETHUSDT", Bitget.Client.Trading.PositionSide.Short, 2m)], positions.Select(p => (p.Symbol, p.Side, p.Size)));
        Assert.Equal(60_000m, positions[0].EntryPrice);
        Assert.True((await app.Snapshots.ReadAccountAsync())!.Value.Account.Equity > 0m);
        Assert.Single((await app.History.ReadAsync("BTCUSDT")).Samples);
    }

    [Fact]
    public async Task RealAdapter_WrongPassphrase_TickRecordsAnAuthenticationFailure()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var simulator = await SimulatorFixture.StartAsync(clock);
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, simulator.AppSettings("not-the-passphrase"), clock: clock, realExchange: true);

        var result = await app.Tick.RunAsync();

        Assert.Equal(TickOutcome.ExchangeFailed, result.Outcome);
        Assert.Equal(TickFailureKind.Authentication, result.Status!.LastFailure!.Kind);
        Assert.DoesNotContain("not-the-passphrase", result.Status.LastFailure.Message, StringComparison.Ordinal);
        Assert.Equal(TickFailureKind.Authentication, (await app.Snapshots.ReadStatusAsync())!.LastFailure!.Kind);
    }
}
