using System.Text.RegularExpressions;
using Infra.Tests.Bicep;
using Infra.Tests.Checks;
using Sentinel.TestSupport;

namespace Infra.Tests.Templates;

public partial class DeadMansSwitchTests
{
    private const string Rule = "Microsoft.Insights/scheduledQueryRules";
    private const string ActionGroup = "Microsoft.Insights/actionGroups";

    public static TheoryData<string, string, string> Required() => new()
    {
        { Rule, "kind", "'LogAlert'" },
        { Rule, "properties.enabled", "true" },
        { Rule, "properties.windowSize", "'PT${silentMinutes}M'" },
        { Rule, "properties.evaluationFrequency", "'PT5M'" },
        // Resolves by itself once ticks succeed again, so the next silence raises a new alert.
        { Rule, "properties.autoMitigate", "true" },
        { Rule, "properties.scopes", "[appInsights.id]" },
        { Rule, "properties.actions.actionGroups", "[actionGroup.id]" },
        { ActionGroup, "location", "'global'" },
        { ActionGroup, "properties.enabled", "true" },
    };

    [Theory]
    [MemberData(nameof(Required))]
    public void DeadMansSwitch_IsWiredAsDocumented(string resourceType, string path, string expected)
    {
        Assert.Empty(ResourceChecks.ExpectValue(InfraFiles.Parse(InfraFiles.DeadMansSwitch), resourceType, path, expected));
    }

    [Fact]
    public void Rule_FiresWhenFewerThanOneSuccessfulTickArrivedInTheWindow()
    {
        var condition = Condition(InfraFiles.Parse(InfraFiles.DeadMansSwitch));

        Assert.Equal("Count", condition.Get("timeAggregation")?.AsLiteralString());
        Assert.Equal("LessThan", condition.Get("operator")?.AsLiteralString());
        Assert.Equal("1", condition.Get("threshold")?.Text);
    }

    [Fact]
    public void Query_CountsTheMetricAndOutcomeTheAppRecordsOnASuccessfulTick()
    {
        var query = Condition(InfraFiles.Parse(InfraFiles.DeadMansSwitch)).Get("query")!.AsLiteralString()!;
        var telemetry = File.ReadAllText(RepositoryRoot.Combine("src", "Functions", "Platform", "Telemetry", "SentinelTelemetry.cs"));
        var outcomes = File.ReadAllText(RepositoryRoot.Combine("src", "Sentinel.Core", "Ticks", "TickOutcome.cs"));

        var metric = MetricName().Match(query).Groups["name"].Value;
        var outcome = OutcomeName().Match(query).Groups["name"].Value;

        Assert.Contains($"TickDuration = Meter.CreateHistogram<double>(\"{metric}\"", telemetry, StringComparison.Ordinal);
        Assert.Matches($@"\n\s*{outcome},", outcomes);
        Assert.StartsWith("customMetrics", query, StringComparison.Ordinal);
    }

    [Fact]
    public void MainTemplate_PassesTheWindowAndReceiversFromItsParameters()
    {
        var main = InfraFiles.Parse(InfraFiles.Main);

        var module = main.Module("deadMansSwitch")!.Params!;

        Assert.Equal("deadMansSwitchMinutes", module.Get("silentMinutes")?.AsIdentifier());
        Assert.Equal("alertEmailAddresses", module.Get("emailAddresses")?.AsIdentifier());
        Assert.Equal("alertWebhookUrls", module.Get("webhookUrls")?.AsIdentifier());
        Assert.Equal("monitoring.outputs.appInsightsName", module.Get("appInsightsName")?.Text);
        Assert.Equal("15", main.Parameter("deadMansSwitchMinutes")?.Default?.Text);
    }

    [Fact]
    public void ActionGroup_NotifiesEveryEmailAndWebhookGiven()
    {
        var group = InfraFiles.Parse(InfraFiles.DeadMansSwitch).ResourcesOfType(ActionGroup).Single();

        var emails = (BicepArray)group.Find("properties.emailReceivers")!;
        var webhooks = (BicepArray)group.Find("properties.webhookReceivers")!;

        Assert.True(emails.IsLoop);
        Assert.StartsWith("[for(address,i)inemailAddresses:", emails.Text, StringComparison.Ordinal);
        Assert.True(webhooks.IsLoop);
        Assert.StartsWith("[for(url,i)inwebhookUrls:", webhooks.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectValue_RuleThatNeverResolves_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.DeadMansSwitch), "    autoMitigate: true\n", "    autoMitigate: false\n");

        var problems = ResourceChecks.ExpectValue(BicepDocument.Parse(source), Rule, "properties.autoMitigate", "true");

        Assert.Equal(["Microsoft.Insights/scheduledQueryRules 'silence': properties.autoMitigate is false, expected true"], problems);
    }

    private static BicepObject Condition(BicepDocument template)
    {
        var rule = template.ResourcesOfType(Rule).Single();
        return (BicepObject)((BicepArray)rule.Find("properties.criteria.allOf")!).Items.Single();
    }

    [GeneratedRegex("name == \"(?<name>[^\"]+)\"")]
    private static partial Regex MetricName();

    [GeneratedRegex("customDimensions.outcome\\) == \"(?<name>[^\"]+)\"")]
    private static partial Regex OutcomeName();
}
