using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Alerting;
using Sentinel.Core.Alerts;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>The seed file is loaded on the first start only, once, even when instances start together.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class RuleSeedTests(AzuriteFixture azurite)
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, RuleSeeder.SeedFile);

    [Fact]
    public async Task FirstStart_LoadsEverySeedRule()
    {
        await SentinelTestApp.ResetStateAsync(azurite);

        await using var app = await SentinelTestApp.StartAsync(azurite, null, null, clearRules: false);

        var expected = AlertRuleJson.Parse(await File.ReadAllTextAsync(SeedPath)).Document!.Rules!.Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, (await app.Get<RuleStore>().ListAsync()).Select(r => r.Rule.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConcurrentStarts_InsertEachRuleOnce_AndLaterStartsDoNotReseedAfterRulesWereDeleted()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartAsync(azurite, null, null, clearRules: false);
        await app.RemoveAllRulesAsync();
        await ResetSeedMarkerAsync(app);
        var seeder = app.Get<RuleSeeder>();
        var seedCount = AlertRuleJson.Parse(await File.ReadAllTextAsync(SeedPath)).Document!.Rules!.Count;

        var inserted = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => seeder.SeedAsync(SeedPath)));
        var afterConcurrent = (await app.Get<RuleStore>().ListAsync()).Count;
        await app.RemoveAllRulesAsync();
        var again = await seeder.SeedAsync(SeedPath);

        Assert.Equal(seedCount, inserted.Sum());
        Assert.Equal(seedCount, afterConcurrent);
        Assert.Equal(0, again);
        Assert.Empty(await app.Get<RuleStore>().ListAsync());
    }

    private static async Task ResetSeedMarkerAsync(SentinelTestApp app)
    {
        var control = app.Get<Azure.Data.Tables.TableServiceClient>().GetTableClient(Sentinel.Functions.Platform.State.StateTables.Control);
        await control.DeleteEntityAsync("alerts", "rules-seeded");
        await control.DeleteEntityAsync("alerts", "rules-seeding");
    }
}
