using Sentinel.Core.Alerts;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

public sealed class RiskRuleValidationTests
{
    private static IReadOnlyList<FieldError> Validate(string type, RuleActionDocument action, decimal? threshold = 10m) =>
        AlertRuleValidator.Validate(Rule(type, threshold, symbols: type.StartsWith("price", StringComparison.Ordinal) ? ["BTCUSDT"] : null) with { Action = action });

    public static TheoryData<string, RuleActionDocument, string, string> Invalid => new()
    {
        { "funding_rate", new() { Type = "close" }, "action", "does not apply to funding_rate" },
        { "stale_data", new() { Type = "close" }, "action", "does not apply to stale_data" },
        { "liquidation_distance", new(), "action", "needs either type or stages" },
        { "liquidation_distance", new() { Type = "sell" }, "action.type", "'sell' is not an action" },
        { "liquidation_distance", new() { Type = "reduce" }, "action.percent", "is required for reduce" },
        { "liquidation_distance", new() { Type = "reduce", Percent = 100 }, "action.percent", "use close" },
        { "liquidation_distance", new() { Type = "close", Percent = 50 }, "action.percent", "does not apply to close" },
        { "liquidation_distance", new() { Type = "stop_loss" }, "action.stopDistancePercent", "is required for stop_loss" },
        { "liquidation_distance", new() { Type = "close", StageMinutes = 5 }, "action.stageMinutes", "applies only with stages" },
        { "liquidation_distance", new() { Type = "close", Stages = [new() { Type = "close" }] }, "action", "not both" },
        { "liquidation_distance", new() { Stages = [] }, "action.stages", "1 to 5 steps" },
        { "liquidation_distance", new() { Stages = [new() { Type = "close" }, new() { Type = "reduce", Percent = 10 }] }, "action.stages[0].type", "close must be the last stage" },
        { "liquidation_distance", new() { Stages = [new() { Type = "reduce", Percent = 0 }] }, "action.stages[0].percent", "more than 0" },
        { "liquidation_distance", new() { Stages = [new() { Percent = 10 }] }, "action.stages[0].type", "is required" },
        { "liquidation_distance", new() { Stages = [new() { Type = "close" }], StageMinutes = 0 }, "action.stageMinutes", "between 1 and 1440" },
        { "price_crossing", new() { Stages = [new() { Type = "close" }] }, "action.stages", "one-off event" },
        { "liquidation_distance", new() { Type = "close", Sides = ["both"] }, "action.sides", "'both' is not a side" },
        { "liquidation_distance", new() { Type = "close", Sides = ["long", "long"] }, "action.sides", "twice" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidAction_IsAFieldErrorNamingTheField(string type, RuleActionDocument action, string field, string message)
    {
        var errors = Validate(type, action);

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void StagedAndSingleActions_OnEveryActionableType_AreValid()
    {
        RuleActionDocument[] actions =
        [
            new() { Stages = [new() { Type = "cancel_orders" }, new() { Type = "reduce", Percent = 25 }, new() { Type = "stop_loss", StopDistancePercent = 2 }, new() { Type = "close" }], StageMinutes = 2, Sides = ["long"] },
            new() { Type = "close" },
        ];
        foreach (var type in new[] { "liquidation_distance", "unrealized_pnl", "unrealized_pnl_percent", "margin_ratio", "drawdown_day", "drawdown_peak", "position_notional", "position_leverage", "price_above", "price_below" })
        {
            foreach (var action in actions)
            {
                Assert.Empty(Validate(type, action, type.StartsWith("unrealized", StringComparison.Ordinal) ? -10m : 10m));
            }
        }

        Assert.Empty(Validate("price_crossing", new() { Type = "reduce", Percent = 50 }));
    }

    [Fact]
    public void RuleJson_WithAnUnknownActionProperty_IsRefused()
    {
        var (document, errors) = AlertRuleJson.Parse("""{"rules":[{"id":"a","type":"liquidation_distance","threshold":10,"channels":["teams"],"action":{"type":"close","fraction":1}}]}""");

        Assert.Null(document);
        Assert.Contains(errors, e => e.Field.Contains("action", StringComparison.Ordinal));
    }
}
