using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Alerting;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Notifications;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>
/// Detection never waits on delivery: the tick only stores notifications, and <c>DeliverNotifications</c> sends
/// them, several at once, abandoning an attempt when its time (on the app's clock) is up.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class DetectionApartFromDeliveryTests(AzuriteFixture azurite)
{
    private const string Rule =
        """{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"clear":95000,"channels":["teams","webhook"]}""";

    // The HTTP client's own timeout is far away: only the attempt timeout on the fake clock can end a hung send.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Notifications:TimeoutSeconds"] = "120",
        ["Delivery:AttemptTimeout"] = "00:00:10",
    };

    [Fact]
    public async Task TheTickSendsNothing_ItStoresTheNotificationsDueForDelivery()
    {
        await using var scene = await CrashTickedWithWebhookHangingAsync();
        var (app, teams, webhook) = (scene.App, scene.Teams, scene.Webhook);

        Assert.Equal(0, teams.Received);
        Assert.Equal(0, webhook.Received);
        foreach (var channel in new[] { "teams", "webhook" })
        {
            var row = Assert.Single(await app.Get<OutboxStore>().ListAsync(channel));
            Assert.True(row.Entry.IsDue(app.Clock.GetUtcNow()), $"the {channel} row is due for the next delivery run");
        }
    }

    [Fact]
    public async Task AHangingChannel_DoesNotDelayTheNextTick_NorTheOtherChannel_AndItsAttemptEndsOnTime()
    {
        await using var scene = await CrashTickedWithWebhookHangingAsync();
        var (app, teams, webhook) = (scene.App, scene.Teams, scene.Webhook);

        var delivering = app.DeliverAsync();
        await webhook.NextHangAsync();
        await teams.NextAcceptedAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        app.Price(99_000m);
        await app.TickAsync();
        var resolvedWhileHanging = await app.Get<AlertStateStore>().FindAsync("btc-crash", "BTCUSDT");
        var rowsWhileHanging = await app.Get<OutboxStore>().ListAsync("webhook");
        var stillDelivering = !delivering.IsCompleted;
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        await delivering;
        var afterTimeout = (await app.Get<OutboxStore>().ListAsync("webhook")).Single(r => r.Entry.Attempts == 1).Entry;

        await webhook.SwitchAsync(ReceiverMode.Accept);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();

        Assert.True(stillDelivering, "the hung send was still in flight while the next tick ran");
        Assert.Equal(AlertStatus.Resolved, resolvedWhileHanging!.State.Status);
        Assert.Equal(2, rowsWhileHanging.Count);
        Assert.Equal(OutboxStatus.Pending, afterTimeout.Status);
        Assert.StartsWith("timeout", afterTimeout.LastError, StringComparison.Ordinal);
        Assert.Equal(["firing", "resolved"], webhook.Accepted.Select(Payloads.Event).Order());
        Assert.Equal(afterTimeout.IdempotencyKey, webhook.Accepted.Single(w => Payloads.Event(w) == "firing")["idempotencyKey"]!.GetValue<string>());
        Assert.Equal(2, teams.Accepted.Count);
    }

    // Two receivers, the webhook hanging, and one tick at a price that fires the rule.
    private async Task<Scene> CrashTickedWithWebhookHangingAsync()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        var teams = await SwitchableReceiver.StartAsync();
        var webhook = await SwitchableReceiver.StartAsync();
        var app = await SentinelTestApp.StartAsync(azurite, teams, webhook, settings: Settings);
        await app.AddRuleAsync(Rule);
        await webhook.SwitchAsync(ReceiverMode.Hang);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        app.Price(85_000m);
        await app.TickAsync();
        return new Scene(app, teams, webhook);
    }

    private sealed record Scene(SentinelTestApp App, SwitchableReceiver Teams, SwitchableReceiver Webhook) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Webhook.DisposeAsync();
            await Teams.DisposeAsync();
        }
    }
}
