using System.Text.Json.Nodes;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Logging;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>A failing channel shows in the <c>delivery</c> health component and in warnings, without its URL; it recovers after.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class DeliveryHealthTests(AzuriteFixture azurite)
{
    private const string Rule =
        """{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"clear":95000,"channels":["teams","webhook"]}""";

    [Fact]
    public async Task ChannelFailing_DeliveryIsDegradedWithTheChannelAndWhy_WarningsNameNoUrl_HealthyAgainOnceDelivered()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var teams = await SwitchableReceiver.StartAsync();
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, teams, webhook);
        await app.AddRuleAsync(Rule);
        await webhook.SwitchAsync(ReceiverMode.ServerError);

        await AlertLifecycleTests.StepAsync(app, 85_000m);
        var justFailed = await DeliveryAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await app.DeliverAsync();
        var failingLong = await DeliveryAsync(app);
        await webhook.SwitchAsync(ReceiverMode.Accept);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.DeliverAsync();
        var recovered = await DeliveryAsync(app);

        Assert.Equal("healthy", justFailed["status"]!.GetValue<string>());
        Assert.Equal("degraded", failingLong["status"]!.GetValue<string>());
        var detail = failingLong["detail"]!.GetValue<string>();
        Assert.Contains("teams: 0 pending", detail, StringComparison.Ordinal);
        Assert.Contains("webhook: 1 pending (oldest 3 min), 1 failing (last: HTTP 500)", detail, StringComparison.Ordinal);
        Assert.Equal("healthy", recovered["status"]!.GetValue<string>());
        var warnings = app.Logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Message.StartsWith("Delivery to webhook failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("RetryableFailure (HTTP 500)", w.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Message.Contains("secret-part", StringComparison.Ordinal) || l.Message.Contains(webhook.Url.Authority, StringComparison.Ordinal));
    }

    private static async Task<JsonNode> DeliveryAsync(SentinelTestApp app)
    {
        using var response = await app.Client.GetAsync("/api/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "delivery")!;
    }
}
