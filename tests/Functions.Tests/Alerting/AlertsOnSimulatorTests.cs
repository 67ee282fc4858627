using Bitget.Simulator;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Alerting;

/// <summary>
/// End to end against the simulator: a scripted price crash on the paper exchange, read by the real Bitget adapter
/// (auto-detected account kind) in the MonitorTick function invoked over HTTP, alerts evaluated and delivered to
/// loopback Teams and webhook receivers; simulator and app share one fake clock.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class AlertsOnSimulatorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SimulatedCrashThenRecovery_TeamsAndWebhookGetOneFiringAndOneResolvedEach()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await using var simulator = await SimulatorFixture.StartAsync(clock);
        simulator.SeedPosition("BTCUSDT", SimSide.Long, 0.1m, simulator.Prices.Last("BTCUSDT"));
        var normal = simulator.Prices.Last("BTCUSDT");
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook, clock, exchange: simulator.AppSettings());
        await app.AddRuleAsync($$"""
            {"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":{{normal * 0.9m}},"clear":{{normal * 0.95m}},"severity":"critical","channels":["teams","webhook"]}
            """);

        await TickAtAsync(app, simulator, normal);
        await TickAtAsync(app, simulator, normal * 0.8m);
        await TickAtAsync(app, simulator, normal * 0.79m);
        await TickAtAsync(app, simulator, normal);
        await TickAtAsync(app, simulator, normal);
        clock.Advance(TimeSpan.FromMinutes(5));
        await app.DeliverAsync();

        Assert.Collection(
            teams.Accepted.Select(Payloads.TeamsTitle),
            title => Assert.StartsWith("FIRING: ", title, StringComparison.Ordinal),
            title => Assert.StartsWith("RESOLVED: ", title, StringComparison.Ordinal));
        Assert.Equal(["firing", "resolved"], webhook.Accepted.Select(Payloads.Event));
        Assert.Equal(normal * 0.8m, webhook.Accepted.First()["value"]!.GetValue<decimal>());
        Assert.Equal(2, teams.Received);
        Assert.Equal(2, webhook.Received);
    }

    private static async Task TickAtAsync(SentinelTestApp app, BitgetSimulator simulator, decimal price)
    {
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        simulator.Prices.Set("BTCUSDT", price);
        await app.TickAsync();
        await app.DeliverAsync();
    }
}
