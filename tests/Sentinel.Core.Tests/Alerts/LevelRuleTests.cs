using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Alerts;

public sealed class LevelRuleTests
{
    private static AlertRuleDocument RuleFor(string type, decimal threshold, decimal? clear = null, string? direction = null) => Rule(
        type,
        threshold,
        clear: clear,
        direction: direction,
        windowMinutes: type == "percent_move" ? 15 : null,
        symbols: type is "price_above" or "price_below" or "percent_move" or "funding_rate" ? ["BTCUSDT"] : null);

    /// <summary>Builds a tick in which the rule type's metric equals <paramref name="value"/>.</summary>
    private static AlertTickResult TickWithMetric(AlertHarness harness, string type, decimal value, DateTimeOffset at)
    {
        switch (type)
        {
            case "percent_move":
                harness.History.Record("BTCUSDT", at.AddMinutes(-15), 100m);
                return harness.Tick(Snapshot(at, [Ticker("BTCUSDT", 100m + value)]));
            case "drawdown_day" or "drawdown_peak":
                harness.Watermarks = new AccountWatermarks(DateOnly.FromDateTime(at.UtcDateTime), 1000m, 1000m, at, at);
                return harness.Tick(Snapshot(at, equity: 1000m - (value * 10m)));
            case "stale_data":
                return harness.Tick(Snapshot(at), Healthy(at.AddMinutes((double)-value)));
            default:
                return harness.Tick(SnapshotWithMetric(type, value, at));
        }
    }

    private static ExchangeSnapshot SnapshotWithMetric(string type, decimal value, DateTimeOffset at) => type switch
    {
        "price_above" or "price_below" => Snapshot(at, [Ticker("BTCUSDT", value)]),
        "funding_rate" => Snapshot(at, [Ticker("BTCUSDT", 100m, funding: value / 100m)]),
        "unrealized_pnl" => Snapshot(at, [Ticker("BTCUSDT", 100m)], [Position(unrealizedPnl: value)]),
        "unrealized_pnl_percent" => Snapshot(at, [Ticker("BTCUSDT", 100m)], [Position(unrealizedPnl: value, margin: 100m)]),
        "liquidation_distance" => Snapshot(at, [Ticker("BTCUSDT", 100m)], [Position(mark: 100m, liquidation: 100m - value)]),
        "margin_ratio" => Snapshot(at, marginRatio: value / 100m),
        "position_notional" => Snapshot(at, [Ticker("BTCUSDT", value)], [Position(size: 1m, mark: value)]),
        "position_leverage" => Snapshot(at, [Ticker("BTCUSDT", 100m)], [Position(leverage: value)]),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [Theory]
    [InlineData("price_above", 100, null, 100, true)]
    [InlineData("price_above", 100, null, 99.99, false)]
    [InlineData("price_below", 100, null, 100, true)]
    [InlineData("price_below", 100, null, 100.01, false)]
    [InlineData("percent_move", 5, "any", 5, true)]
    [InlineData("percent_move", 5, "any", -5, true)]
    [InlineData("percent_move", 5, "any", 4.99, false)]
    [InlineData("percent_move", 5, "up", -6, false)]
    [InlineData("percent_move", 5, "down", -5, true)]
    [InlineData("funding_rate", 0.1, null, 0.1, true)]
    [InlineData("funding_rate", 0.1, null, -0.1, true)]
    [InlineData("funding_rate", 0.1, null, 0.0999, false)]
    [InlineData("unrealized_pnl", -500, "below", -500, true)]
    [InlineData("unrealized_pnl", -500, "below", -499.99, false)]
    [InlineData("unrealized_pnl", 1000, "above", 1000, true)]
    [InlineData("unrealized_pnl", 1000, "above", 999, false)]
    [InlineData("unrealized_pnl_percent", -50, null, -50, true)]
    [InlineData("unrealized_pnl_percent", -50, null, -49.9, false)]
    [InlineData("liquidation_distance", 10, null, 10, true)]
    [InlineData("liquidation_distance", 10, null, 10.5, false)]
    [InlineData("margin_ratio", 80, null, 80, true)]
    [InlineData("margin_ratio", 80, null, 79.9, false)]
    [InlineData("position_notional", 250000, null, 250000, true)]
    [InlineData("position_notional", 250000, null, 249999, false)]
    [InlineData("position_leverage", 20, null, 20, true)]
    [InlineData("position_leverage", 20, null, 19, false)]
    [InlineData("drawdown_day", 5, null, 5, true)]
    [InlineData("drawdown_day", 5, null, 4.9, false)]
    [InlineData("drawdown_peak", 15, null, 15, true)]
    [InlineData("drawdown_peak", 15, null, 14.9, false)]
    [InlineData("stale_data", 3, null, 3, true)]
    [InlineData("stale_data", 3, null, 2.5, false)]
    public void Evaluate_MetricAgainstThreshold_FiresExactlyWhenAtOrBeyond(string type, double threshold, string? direction, double value, bool fires)
    {
        var harness = new AlertHarness(RuleFor(type, (decimal)threshold, direction: direction));

        var result = TickWithMetric(harness, type, (decimal)value, T0);

        Assert.Equal(fires, result.Decisions.Any(d => d.Kind == AlertTransitionKind.Firing));
        if (fires)
        {
            Assert.Equal(Math.Abs((decimal)value), Math.Abs(result.Decisions[0].Value!.Value), 6);
        }
    }

    [Theory]
    [InlineData("price_above", 100, 95.0, new[] { 100, 97, 95, 94.99 }, new[] { "Firing", "Firing", "Firing", "Resolved" })]
    [InlineData("price_below", 100, 105.0, new[] { 100, 104, 105, 105.01 }, new[] { "Firing", "Firing", "Firing", "Resolved" })]
    [InlineData("price_above", 100, null, new[] { 100, 99.99, 100.0 }, new[] { "Firing", "Resolved", "Firing" })]
    [InlineData("margin_ratio", 80, 75.0, new[] { 81.0, 76, 74, 79 }, new[] { "Firing", "Firing", "Resolved", "Resolved" })]
    [InlineData("liquidation_distance", 10, 12.0, new[] { 9, 11, 12.5, 11 }, new[] { "Firing", "Firing", "Resolved", "Resolved" })]
    [InlineData("unrealized_pnl", -500, -450.0, new[] { -600.0, -460, -449, -480 }, new[] { "Firing", "Firing", "Resolved", "Resolved" })]
    public void Evaluate_WithClearLevel_ResolvesOnlyPastTheClearLevel(string type, double threshold, double? clear, double[] values, string[] statuses)
    {
        var harness = new AlertHarness(RuleFor(type, (decimal)threshold, clear: (decimal?)clear));
        var subject = type switch
        {
            "price_above" or "price_below" => "BTCUSDT",
            "margin_ratio" => "account",
            _ => "BTCUSDT:long",
        };

        for (var i = 0; i < values.Length; i++)
        {
            TickWithMetric(harness, type, (decimal)values[i], T0.AddMinutes(i));

            Assert.Equal(Enum.Parse<AlertStatus>(statuses[i]), harness.Engine.GetState("r1", subject)!.Status);
        }
    }

    [Fact]
    public void Evaluate_PercentMoveWithoutHistoryOldEnough_DoesNotFire()
    {
        var harness = new AlertHarness(RuleFor("percent_move", 5m));
        harness.History.Record("BTCUSDT", T0.AddMinutes(-10), 50m);

        var result = harness.Tick(Snapshot(T0, [Ticker("BTCUSDT", 100m)]));

        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Evaluate_PositionRuleScopedToSymbols_IgnoresOtherSymbolsAndSeesBothHedgeSides()
    {
        var harness = new AlertHarness(Rule("position_leverage", 20m, symbols: ["ETHUSDT"]));
        var positions = new[]
        {
            Position("BTCUSDT", leverage: 50m),
            Position("ETHUSDT", PositionSide.Long, leverage: 25m),
            Position("ETHUSDT", PositionSide.Short, leverage: 30m),
        };

        var result = harness.Tick(Snapshot(T0, [], positions));

        Assert.Equal(["ETHUSDT:long", "ETHUSDT:short"], result.Decisions.Select(d => d.SubjectKey).Order());
    }

    [Fact]
    public void Evaluate_PriceRuleWithoutSymbols_WatchesOnlySymbolsWithPositions()
    {
        var harness = new AlertHarness(Rule("price_above", 10m));

        var result = harness.Tick(Snapshot(T0, [Ticker("BTCUSDT", 100m), Ticker("ETHUSDT", 100m)], [Position("ETHUSDT")]));

        Assert.Equal("ETHUSDT", Assert.Single(result.Decisions).SubjectKey);
    }

    [Fact]
    public void Evaluate_LiquidationDistanceWithoutLiquidationPrice_DoesNotFire()
    {
        var harness = new AlertHarness(Rule("liquidation_distance", 10m));

        var result = harness.Tick(Snapshot(T0, [], [Position(liquidation: null)]));

        Assert.Empty(result.Decisions);
    }
}
