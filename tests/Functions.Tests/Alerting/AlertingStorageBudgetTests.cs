using System.Net.Http.Json;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Monitoring;
using Sentinel.Core.Ticks;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>
/// The whole app's tick (monitoring and alerting) counted on the Table client's pipeline: what changes rarely (rules,
/// silences, acknowledgements) is read again only when its version changed, and then the change is in effect.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class AlertingStorageBudgetTests(AzuriteFixture azurite)
{
    /// <summary>
    /// The monitoring tick's 4, plus the alerting version and watermarks (one query) and the watermarks write. The risk
    /// observer adds none: it reads its switches, rules and states again only when that version changed.
    /// </summary>
    private const int SteadyRoundTrips = 6;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SteadyTicks_Cost6RoundTrips_AndARuleAddedThroughTheApiAlertsOnTheNextTick()
    {
        var storage = new StorageTraffic();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await StartWithRuleAsync(webhook, storage, """{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"channels":["webhook"]}""");
        var tick = app.Get<MonitorTick>();
        var steady = await SteadyTicksAsync(app, tick, storage);

        await app.AddRuleAsync("""{"id":"btc-high","type":"price_above","symbols":["BTCUSDT"],"threshold":94000,"channels":["webhook"]}""");
        var afterChange = await CountedTickAsync(app, tick, storage);
        var againSteady = await CountedTickAsync(app, tick, storage);
        await app.DeliverAsync();

        Assert.All(steady, c => Assert.Equal(SteadyRoundTrips, c));
        Assert.True(afterChange > SteadyRoundTrips + 2, $"the tick after the change made {afterChange} requests");
        Assert.Equal(SteadyRoundTrips, againSteady);
        Assert.Equal(["firing"], webhook.Accepted.Select(Payloads.Event));
        Assert.Contains("btc-high", webhook.Accepted.Single().ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SteadyTicksWithARiskRule_Cost6RoundTrips_AndTheKillSwitchIsReadOnTheNextTick()
    {
        var storage = new StorageTraffic();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await StartWithRuleAsync(webhook, storage, """{"id":"btc-out","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"channels":["webhook"],"action":{"type":"close"}}""");
        var tick = app.Get<MonitorTick>();
        var steady = await SteadyTicksAsync(app, tick, storage);

        await app.Get<RiskControlStore>().SetAsync(null, killSwitch: true, "test");
        var afterChange = await CountedTickAsync(app, tick, storage);
        var againSteady = await CountedTickAsync(app, tick, storage);

        Assert.All(steady, c => Assert.Equal(SteadyRoundTrips, c));
        Assert.True(afterChange >= SteadyRoundTrips + 3, $"the tick after the change made {afterChange} requests (switches, rules and states read again)");
        Assert.Equal(SteadyRoundTrips, againSteady);
    }

    [Fact]
    public async Task SilenceAddedThroughTheApi_IsInEffectOnTheNextTick()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, null, webhook);
        await app.AddRuleAsync("""{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"channels":["webhook"]}""");
        var tick = app.Get<MonitorTick>();
        app.Price(95_000m);
        await tick.RunAsync();
        await CountedTickAsync(app, tick, new StorageTraffic());

        using var silenced = await app.Client.PostAsJsonAsync("/api/silences", new { ruleId = "btc-crash", durationMinutes = 60, comment = "maintenance" });
        app.Clock.Advance(Interval);
        app.Price(85_000m);
        await tick.RunAsync();

        Assert.True(silenced.IsSuccessStatusCode, await silenced.Content.ReadAsStringAsync());
        Assert.Empty(webhook.Accepted);
    }

    /// <summary>The app on a fresh store with one rule, after a first tick at 95,000 (nothing breaches).</summary>
    private async Task<SentinelTestApp> StartWithRuleAsync(SwitchableReceiver webhook, StorageTraffic storage, string rule)
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        var app = await SentinelTestApp.StartAsync(azurite, null, webhook, storage: storage);
        await app.AddRuleAsync(rule);
        app.Price(95_000m);
        await app.Get<MonitorTick>().RunAsync();
        return app;
    }

    private static async Task<List<int>> SteadyTicksAsync(SentinelTestApp app, MonitorTick tick, StorageTraffic storage)
    {
        var steady = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            steady.Add(await CountedTickAsync(app, tick, storage));
        }

        return steady;
    }

    private static async Task<int> CountedTickAsync(SentinelTestApp app, MonitorTick tick, StorageTraffic storage)
    {
        app.Clock.Advance(Interval);
        var before = storage.Requests;
        var result = await tick.RunAsync();
        Assert.Equal(TickOutcome.Succeeded, result.Outcome);
        return storage.Requests - before;
    }
}
