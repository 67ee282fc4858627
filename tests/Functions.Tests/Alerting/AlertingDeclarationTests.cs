using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Platform.State;
using Azure.Data.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>What the Functions host sees of the alerting feature, and how the tick copes with a bad stored rule.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class AlertingDeclarationTests(AzuriteFixture azurite)
{
    [Fact]
    public void AppDeclaresTheDeliveryTimerOnItsSetting_AndEveryAlertingHttpFunctionNeedsTheFunctionKey()
    {
        var catalog = FunctionCatalog.App;

        var timer = Assert.Single(catalog.Timers, t => t.Name == "DeliverNotifications");
        Assert.Equal("%DELIVERY_SCHEDULE%", timer.Timer!.Schedule);
        string[] names = ["ListRules", "CreateRule", "GetRule", "UpdateRule", "DeleteRule", "ListAlerts", "AcknowledgeAlert", "ListSilences", "CreateSilence", "DeleteSilence", "TestNotifications"];
        foreach (var name in names)
        {
            Assert.Equal(AuthorizationLevel.Function, Assert.Single(catalog.Http, f => f.Name == name).Http!.AuthLevel);
        }
    }

    [Fact]
    public async Task AlertingRoutes_WithoutTheFunctionKey_Answer401_AndDoNotRun()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null);
        app.Client.DefaultRequestHeaders.Remove("x-functions-key");

        using var list = await app.Client.GetAsync("/api/rules");
        using var wrongKey = await app.Client.GetAsync("/api/alerts?code=not-the-key");
        using var create = await app.Client.PostAsync("/api/rules?code=nope", new StringContent("""{"id":"x","type":"price_below","symbols":["BTCUSDT"],"threshold":1,"channels":["teams"]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Empty(await app.Get<RuleStore>().ListAsync());
    }

    [Fact]
    public async Task StoredRuleThatNoLongerValidates_IsSkipped_AndTheOtherRulesStillAlert()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await SentinelTestApp.StartAsync(azurite, null, webhook);
        await app.AddRuleAsync("""{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"channels":["webhook"]}""");
        var rules = app.Get<TableServiceClient>().GetTableClient(StateTables.Rules);
        await rules.AddEntityAsync(new TableEntity(RuleStore.Partition, "broken") { ["Json"] = """{"id":"broken","type":"price_above","threshold":-5,"channels":["teams"]}""" });

        await AlertLifecycleTests.StepAsync(app, 85_000m);

        Assert.Equal(["firing"], webhook.Accepted.Select(Payloads.Event));
    }
}
