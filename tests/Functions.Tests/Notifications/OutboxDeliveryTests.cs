using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Notifications;
using Sentinel.TestSupport;
using Functions.Tests.Alerting;

namespace Functions.Tests.Notifications;

/// <summary>
/// The outbox against channel faults: a receiver switched between failing and accepting, the delivery timer
/// invoked over HTTP as the host would, the clock advanced past the backoff.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class OutboxDeliveryTests(AzuriteFixture azurite)
{
    private const string Rule =
        """{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"clear":95000,"channels":["teams","webhook"]}""";

    [Theory]
    [InlineData(ReceiverMode.ServerError)]
    [InlineData(ReceiverMode.Hang)]
    [InlineData(ReceiverMode.Refuse)]
    public async Task ChannelFailing_NotificationIsDeliveredLaterOnce_WithTheSameKey(ReceiverMode fault)
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook);
        await app.AddRuleAsync(Rule);
        await webhook.SwitchAsync(fault);

        await AlertLifecycleTests.StepAsync(app, 85_000m);
        var afterTick = await PendingAsync(app, "webhook");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();
        await webhook.SwitchAsync(ReceiverMode.Accept);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.DeliverAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.DeliverAsync();

        Assert.Equal(OutboxStatus.Pending, afterTick.Status);
        Assert.Equal(1, afterTick.Attempts);
        Assert.Single(teams.Accepted);
        var delivered = Assert.Single(webhook.Accepted);
        Assert.Equal(afterTick.IdempotencyKey, Payloads.Key(delivered));
        Assert.All(webhook.AttemptKeys, key => Assert.Equal(afterTick.IdempotencyKey, key));
        var row = Assert.Single(await app.Get<OutboxStore>().ListAsync("webhook"));
        Assert.Equal(OutboxStatus.Delivered, row.Entry.Status);
    }

    [Fact]
    public async Task PermanentFailure_IsDeadLettered_AndRaisesANoticeOnTheOtherChannelOnce()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook);
        await app.AddRuleAsync(Rule);
        await webhook.SwitchAsync(ReceiverMode.BadRequest);

        await AlertLifecycleTests.StepAsync(app, 85_000m);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.DeliverAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.DeliverAsync();

        Assert.Collection(
            teams.Accepted.Select(Payloads.TeamsTitle),
            title => Assert.StartsWith("FIRING: ", title, StringComparison.Ordinal),
            title => Assert.StartsWith("DELIVERY FAILED: webhook", title, StringComparison.Ordinal));
        Assert.Equal(1, webhook.Received);
        var row = Assert.Single(await app.Get<OutboxStore>().ListAsync("webhook"));
        Assert.Equal(OutboxStatus.DeadLettered, row.Entry.Status);
    }

    [Fact]
    public async Task ChannelWithoutUrl_IsSkipped_NotQueued()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, null);
        await app.AddRuleAsync(Rule);

        await AlertLifecycleTests.StepAsync(app, 85_000m);

        Assert.Single(teams.Accepted);
        Assert.Empty(await app.Get<OutboxStore>().ListAsync("webhook"));
    }

    [Fact]
    public async Task TestEndpoint_SendsToEveryConfiguredChannel_AndReportsEach()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, null);

        using var response = await app.Client.PostAsync("/api/notifications/test", null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        var channels = body!["channels"]!.AsArray().ToDictionary(c => c!["channel"]!.GetValue<string>(), c => c!["outcome"]!.GetValue<string>());
        Assert.Equal("delivered", channels["teams"]);
        Assert.Equal("not_configured", channels["webhook"]);
        Assert.StartsWith("TEST: ", Payloads.TeamsTitle(Assert.Single(teams.Accepted)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutboxStorageFailing_TickFails_StateIsNotMarkedNotified_AndTheAlertGoesOutOnceWhenStorageIsBack()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook);
        await app.AddRuleAsync(Rule);
        var service = app.Get<Azure.Data.Tables.TableServiceClient>();
        // The outbox is used once first: the app creates a table on its first use only, so removing it afterwards is a store failing mid-run.
        await app.Get<Sentinel.Functions.Notifications.OutboxStore>().ListAsync("teams");
        await service.DeleteTableAsync(Sentinel.Functions.Platform.State.StateTables.Outbox);

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        app.Price(85_000m);
        var failed = await Record.ExceptionAsync(app.TickAsync);
        var stateWhileDown = await app.Get<Sentinel.Functions.Alerting.AlertStateStore>().FindAsync("btc-crash", "BTCUSDT");
        await service.CreateTableIfNotExistsAsync(Sentinel.Functions.Platform.State.StateTables.Outbox);
        await AlertLifecycleTests.StepAsync(app, 85_000m);
        await AlertLifecycleTests.StepAsync(app, 85_000m);

        Assert.NotNull(failed);
        Assert.Null(stateWhileDown);
        Assert.Single(teams.Accepted);
        Assert.Equal(["firing"], webhook.Accepted.Select(Payloads.Event));
    }

    [Fact]
    public async Task FinishedRows_AreKeptForTheRetention_ThenPruned()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook);
        await app.AddRuleAsync(Rule);
        await AlertLifecycleTests.StepAsync(app, 85_000m);

        app.Clock.Advance(OutboxDispatcher.Retention - TimeSpan.FromMinutes(1));
        await app.DeliverAsync();
        var beforeRetention = (await app.Get<OutboxStore>().ListAsync("teams")).Count + (await app.Get<OutboxStore>().ListAsync("webhook")).Count;
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.DeliverAsync();

        Assert.Equal(2, beforeRetention);
        Assert.Empty(await app.Get<OutboxStore>().ListAsync("teams"));
        Assert.Empty(await app.Get<OutboxStore>().ListAsync("webhook"));
    }

    private static async Task<OutboxEntry> PendingAsync(SentinelTestApp app, string channel) =>
        Assert.Single(await app.Get<OutboxStore>().ListAsync(channel)).Entry;
}
