using Sentinel.Core.Alerts;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting;

/// <summary>The app's seed file (src/Functions/Alerting/seed-rules.json): valid, complete and shipped beside the worker.</summary>
public sealed class SeedFileTests
{
    [Fact]
    public void SeedFile_IsValidAndHasOneRuleOfEveryType()
    {
        var json = File.ReadAllText(RepositoryRoot.Combine("src", "Functions", "Alerting", "seed-rules.json"));

        var (document, errors) = AlertRuleJson.Parse(json);

        Assert.Empty(errors);
        var types = document!.Rules!.Select(r => r.Type!).ToList();
        Assert.Equal(AlertRuleTypeNames.All.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<AlertRuleType>().Length, types.Count);
    }

    [Fact]
    public void SeedFile_IsCopiedToTheOutput()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Alerts", "seed-rules.json");

        Assert.True(File.Exists(path), path);
    }
}
