using Functions.Tests.Alerting.Support;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.State;
using Azure.Data.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>What the Functions host sees of the alerting feature, and how the tick copes with a bad stored rule.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class AlertingDeclarationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AppDeclaresTheDeliveryTimerOnItsSetting_AndEveryAlertingHttpFunctionNeedsTheFunctionKey()
    {
        await AlertingApp.ResetAsync(azurite);
        await using var app = await AlertingApp.StartAsync(azurite, null, null);

        var catalog = app.Get<DeclaredFunctions>().GetCatalog();

        var timer = Assert.Single(catalog.Timers, t => t.Metadata.Name == "DeliverNotifications");
        Assert.Equal("%DELIVERY_SCHEDULE%", timer.Metadata.Schedule);
        string[] names = ["ListRules", "CreateRule", "GetRule", "UpdateRule", "DeleteRule", "ListAlerts", "AcknowledgeAlert", "ListSilences", "CreateSilence", "DeleteSilence", "TestNotifications"];
        foreach (var name in names)
        {
            Assert.Equal(AuthLevel.Function, Assert.Single(catalog.HttpFunctions, f => f.Name == name).AuthLevel);
        }
    }

    [Fact]
    public async Task StoredRuleThatNoLongerValidates_IsSkipped_AndTheOtherRulesStillAlert()
    {
        await AlertingApp.ResetAsync(azurite);
        await using var webhook = await SwitchableReceiver.StartAsync();
        await using var app = await AlertingApp.StartAsync(azurite, null, webhook);
        await app.AddRuleAsync("""{"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":90000,"channels":["webhook"]}""");
        var rules = app.Get<TableServiceClient>().GetTableClient(StateTables.Rules);
        await rules.AddEntityAsync(new TableEntity(RuleStore.Partition, "broken") { ["Json"] = """{"id":"broken","type":"price_above","threshold":-5,"channels":["teams"]}""" });

        await AlertLifecycleTests.StepAsync(app, 85_000m);

        Assert.Equal(["firing"], webhook.Accepted.Select(Payloads.Event));
    }
}
