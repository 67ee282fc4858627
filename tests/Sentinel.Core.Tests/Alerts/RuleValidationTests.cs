using Sentinel.Core.Alerts;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Alerts;

public sealed class RuleValidationTests
{
    public static TheoryData<AlertRuleDocument, string, string> InvalidRules => new()
    {
        { Rule("price_sideways", 1m), "type", "not a known type" },
        { Rule("price_above") , "threshold", "is required" },
        { Rule("percent_move", 5m), "windowMinutes", "is required" },
        { Rule("percent_move", 5m, windowMinutes: -15), "windowMinutes", "between 1 and 1440" },
        { Rule("price_above", 100m, clear: 101m), "clear", "at or below the threshold" },
        { Rule("price_below", 100m, clear: 99m), "clear", "at or above the threshold" },
        { Rule("liquidation_distance", 10m, clear: 9m), "clear", "at or above the threshold" },
        { Rule("unrealized_pnl", -500m, clear: -550m, direction: "below"), "clear", "at or above the threshold" },
        { Rule("unrealized_pnl", 500m, clear: 550m, direction: "above"), "clear", "at or below the threshold" },
        { Rule("price_above", -1m), "threshold", "greater than 0" },
        { Rule("drawdown_peak", 150m), "threshold", "at most 100" },
        { Rule("price_above", 100m, forCount: 0), "for", "between 1 and 1000" },
        { Rule("price_crossing", 100m, forCount: 2), "for", "must be 1" },
        { Rule("price_above", 100m, renotifyMinutes: -5), "renotifyMinutes", "between 0 and 10080" },
        { Rule("position_opened", 5m), "threshold", "does not apply" },
        { Rule("price_above", 100m, direction: "up"), "direction", "does not apply" },
        { Rule("percent_move", 5m, windowMinutes: 5, direction: "sideways"), "direction", "up, down, any" },
        { Rule("margin_ratio", 80m, symbols: ["BTCUSDT"]), "symbols", "does not apply" },
        { Rule("price_above", 100m, symbols: ["BTC USDT"]), "symbols", "not a contract symbol" },
        { Rule("price_above", 100m, symbols: []), "symbols", "at least one symbol" },
        { Rule("exchange_unreachable", 1.5m), "threshold", "whole number" },
        { Rule("price_above", 100m, message: "{symbol} is {price}"), "message", "'{price}' is not a placeholder" },
        { Rule("price_above", 100m, id: "has space"), "id", "is required" },
    };

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public void Validate_InvalidRule_ReportsTheFieldAndWhy(AlertRuleDocument rule, string field, string message)
    {
        var errors = AlertRuleValidator.Validate(rule);

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RuleSet_ReportsEveryErrorWithItsIndexAndDuplicateIds()
    {
        var set = new AlertRuleSetDocument { Rules = [Rule("price_above", 1m, id: "a"), Rule("nope", id: "a") with { Channels = ["pager"] }] };

        var errors = AlertRuleValidator.Validate(set);

        Assert.Equal(
            ["rules[1].channels", "rules[1].id", "rules[1].type"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_WrongJsonType_BecomesAFieldErrorNotAnException()
    {
        var (document, errors) = AlertRuleJson.Parse("""{"rules":[{"id":"x","type":"price_above","threshold":"high","channels":["teams"]}]}""");

        Assert.Null(document);
        Assert.Equal("rules[0].threshold", Assert.Single(errors).Field);
    }

    [Fact]
    public void Parse_UnknownProperty_IsRefused()
    {
        var (_, errors) = AlertRuleJson.Parse("""{"rules":[{"id":"x","type":"price_above","threshold":1,"channels":["teams"],"treshold":2}]}""");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Compile_InvalidRules_ThrowsWithEveryFieldError()
    {
        var set = new AlertRuleSetDocument { Rules = [Rule("price_above"), Rule("percent_move", 5m, id: "r2")] };

        var exception = Assert.Throws<AlertRuleValidationException>(() => CompiledRuleSet.Compile(set));

        Assert.Equal(["rules[0].threshold", "rules[1].windowMinutes"], exception.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Compile_DisabledRule_IsLeftOut()
    {
        var set = new AlertRuleSetDocument { Rules = [Rule("price_above", 1m), Rule("price_below", 1m, id: "r2") with { Enabled = false }] };

        var compiled = CompiledRuleSet.Compile(set);

        Assert.Equal("r1", Assert.Single(compiled.Rules).Id);
    }

    [Fact]
    public void Write_ThenParse_RoundTripsARule()
    {
        var rule = Rule("unrealized_pnl_percent", -50m, clear: -45m, direction: "below", forCount: 2, renotifyMinutes: 15, symbols: ["BTCUSDT"], message: "{symbol} {value}");

        var (document, errors) = AlertRuleJson.Parse(AlertRuleJson.Write(new AlertRuleSetDocument { Rules = [rule] }));

        Assert.Empty(errors);
        Assert.Equal(rule with { Symbols = null, Channels = null }, document!.Rules![0] with { Symbols = null, Channels = null });
        Assert.Equal(rule.Symbols, document.Rules[0].Symbols);
    }
}
