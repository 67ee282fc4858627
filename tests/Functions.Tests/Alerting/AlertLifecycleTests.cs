using Bitget.Client.Exchange;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Monitoring;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>
/// The alert lifecycle end to end through the whole app on Azurite: the MonitorTick and DeliverNotifications
/// timer functions invoked over HTTP, the exchange read through the tick's port seam (a stub port: the real
/// adapter is not in main yet), notifications received by loopback Teams and webhook receivers.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class AlertLifecycleTests(AzuriteFixture azurite)
{
    private const string CrashRule =
        """{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"clear":95000,"severity":"critical","channels":["teams","webhook"]}""";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PriceCrashThenRecovery_SendsOneFiringAndOneResolvedToEachChannel()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook);
        await app.AddRuleAsync(CrashRule);

        app.Price(100_000m);
        await app.TickAsync();
        await StepAsync(app, 85_000m);
        await StepAsync(app, 84_000m);
        await app.DeliverAsync();
        await StepAsync(app, 99_000m);
        await StepAsync(app, 99_500m);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.DeliverAsync();

        Assert.Collection(
            teams.Accepted.Select(Payloads.TeamsTitle),
            title => Assert.StartsWith("FIRING: ", title, StringComparison.Ordinal),
            title => Assert.StartsWith("RESOLVED: ", title, StringComparison.Ordinal));
        Assert.Equal(["firing", "resolved"], webhook.Accepted.Select(Payloads.Event));
        Assert.Equal(2, webhook.Accepted.Select(Payloads.Key).Distinct().Count());
        Assert.Equal(2, webhook.Received);
    }

    [Fact]
    public async Task AppRebuiltWhileFiring_DoesNotFireAgain_AndStillResolvesOnce()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await using (var first = await SentinelTestApp.StartAsync(azurite, teams, webhook, clock))
        {
            await first.AddRuleAsync(CrashRule);
            await StepAsync(first, 85_000m);
        }

        await using var second = await SentinelTestApp.StartAsync(azurite, teams, webhook, clock, clearRules: false);
        await StepAsync(second, 84_000m);
        await StepAsync(second, 83_000m);
        await StepAsync(second, 99_000m);

        Assert.Equal(["firing", "resolved"], webhook.Accepted.Select(Payloads.Event));
        Assert.Equal(2, teams.Accepted.Count);
    }

    [Fact]
    public async Task TwoInstancesEvaluateTheSameTickConcurrently_EachChannelIsNotifiedOnce()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        await using var a = await SentinelTestApp.StartAsync(azurite, teams, webhook, clock);
        await using var b = await SentinelTestApp.StartAsync(azurite, teams, webhook, clock, clearRules: false);
        for (var round = 0; round < 4; round++)
        {
            await a.AddRuleAsync(CrashRule.Replace("btc-crash", $"btc-crash-{round}", StringComparison.Ordinal));
        }

        var tick = CrashTick(clock.GetUtcNow(), 85_000m);
        await Task.WhenAll(a.Get<IEnumerable<ITickObserver>>().Concat(b.Get<IEnumerable<ITickObserver>>()).Select(o => o.OnTickAsync(tick)));
        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.WhenAll(a.DeliverAsync(), b.DeliverAsync());
        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.WhenAll(a.DeliverAsync(), b.DeliverAsync());

        Assert.Equal(4, teams.Received);
        Assert.Equal(4, webhook.Received);
        Assert.Equal(4, webhook.Accepted.Select(Payloads.Key).Distinct().Count());
    }

    /// <summary>One tick at <paramref name="price"/>, then the delivery run that follows it (the tick itself sends nothing).</summary>
    internal static async Task StepAsync(SentinelTestApp app, decimal price)
    {
        app.Clock.Advance(Interval);
        app.Price(price);
        await app.TickAsync();
        await app.DeliverAsync();
    }

    private static MonitorTickResult CrashTick(DateTimeOffset now, decimal price)
    {
        var snapshot = Market.At(now, price);
        var status = TickStatus.None.RecordSuccess(now, TimeSpan.Zero, snapshot, AccountKind.Classic);
        return new MonitorTickResult(TickOutcome.Succeeded, now, snapshot, snapshot.Positions, new Dictionary<string, PriceSeries>(), status);
    }
}
