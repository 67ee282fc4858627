using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.TestSupport;
using Sentinel.Functions.Platform.Audit;

namespace Functions.Tests.Alerting;

/// <summary>Acknowledgements and silences over real HTTP, observed through what the receivers get.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class AcknowledgeAndSilenceTests(AzuriteFixture azurite)
{
    private const string RemindingRule =
        """{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"clear":95000,"renotifyMinutes":1,"channels":["webhook"]}""";

    [Fact]
    public async Task Acknowledge_StopsRemindersUntilResolved()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, null, webhook);
        await app.AddRuleAsync(RemindingRule);
        await AlertLifecycleTests.StepAsync(app, 85_000m);
        await AlertLifecycleTests.StepAsync(app, 85_000m);
        await AlertLifecycleTests.StepAsync(app, 85_000m);

        var listed = await app.GetJsonAsync<JsonObject>("/api/alerts?status=firing&symbol=btcusdt&severity=warning");
        var id = listed!["alerts"]![0]!["id"]!.GetValue<string>();
        using var ack = await app.Client.PostAsync($"/api/alerts/{Uri.EscapeDataString(id)}/ack", null);
        for (var i = 0; i < 6; i++)
        {
            await AlertLifecycleTests.StepAsync(app, 85_000m);
        }

        await AlertLifecycleTests.StepAsync(app, 99_000m);
        using var notFiring = await app.Client.PostAsync($"/api/alerts/{Uri.EscapeDataString(id)}/ack", null);

        Assert.Equal("btc-crash~BTCUSDT", id);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("api", (await ack.Content.ReadFromJsonAsync<JsonObject>())!["acknowledgedBy"]!.GetValue<string>());
        Assert.Equal(["firing", "reminder", "resolved"], webhook.Accepted.Select(Payloads.Event));
        Assert.Equal(HttpStatusCode.Conflict, notFiring.StatusCode);
        var audit = await app.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Single(audit, a => a.GetString("Action") == "alert.ack" && a.GetString("Target") == "alert/" + id);
    }

    [Fact]
    public async Task SilenceOnSymbol_MutesUntilDeleted_ThenFiringGoesOut()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, null, webhook);
        await app.AddRuleAsync(RemindingRule.Replace("\"renotifyMinutes\":1,", "", StringComparison.Ordinal));

        using var created = await app.Client.PostAsJsonAsync("/api/silences", new { symbol = "btcusdt", durationMinutes = 60, comment = "maintenance" });
        var silence = await created.Content.ReadFromJsonAsync<JsonObject>();
        await AlertLifecycleTests.StepAsync(app, 85_000m);
        await AlertLifecycleTests.StepAsync(app, 85_000m);
        var whileSilenced = webhook.Received;
        var listed = await app.GetJsonAsync<JsonObject>("/api/silences");
        using var deleted = await app.Client.DeleteAsync("/api/silences/" + silence!["id"]!.GetValue<string>());
        var afterDelete = await app.GetJsonAsync<JsonObject>("/api/silences");
        await AlertLifecycleTests.StepAsync(app, 85_000m);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("BTCUSDT", silence["symbol"]!.GetValue<string>());
        Assert.Equal(0, whileSilenced);
        Assert.Single(listed!["silences"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(afterDelete!["silences"]!.AsArray());
        Assert.Equal(["firing"], webhook.Accepted.Select(Payloads.Event));
    }

    [Fact]
    public async Task InvalidSilence_Is400ProblemWithFieldErrors()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);

        using var response = await app.Client.PostAsJsonAsync("/api/silences", new { durationMinutes = 100_000 });
        using var unknown = await app.Client.DeleteAsync("/api/silences/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.NotNull(errors["ruleId"]);
        Assert.NotNull(errors["durationMinutes"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
