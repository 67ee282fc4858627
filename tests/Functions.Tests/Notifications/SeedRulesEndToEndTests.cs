using System.Text.Json.Nodes;
using Bitget.Client.Trading;
using Sentinel.Core.Tests.Alerts;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Notifications;
using Sentinel.TestSupport;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Functions.Tests.Notifications;

public sealed class SeedRulesEndToEndTests
{
    [Fact]
    public void SeedRules_OnAStressedAccount_FireAndEveryCardIsAValidSmallAdaptiveCard14()
    {
        var rules = AlertRuleJson.Load(File.ReadAllText(RepositoryRoot.Combine("src", "Functions", "Alerting", "seed-rules.json")));
        var engine = new AlertEngine(rules);
        var history = new PriceTape(16);
        history.Record("ETHUSDT", T0.AddMinutes(-20), 3000m);
        var watermarks = new AccountWatermarks(DateOnly.FromDateTime(T0.UtcDateTime), 10_000m, 12_000m, T0.AddDays(-1), T0);
        var previous = new[] { Position("ETHUSDT", PositionSide.Long, size: 2m, mark: 3000m) };
        var stressed = Snapshot(
            T0,
            [Ticker("ETHUSDT", 2400m, funding: 0.002m), Ticker("BTCUSDT", 121_000m)],
            [Position("ETHUSDT", PositionSide.Short, size: 110m, mark: 2400m, liquidation: 2500m, unrealizedPnl: -900m, margin: 1000m, leverage: 25m)],
            equity: 9_000m,
            marginRatio: 0.85m);
        var health = Healthy(T0);

        var result = engine.Evaluate(new AlertTickInput(stressed, previous, history, watermarks, health, [], T0));

        Assert.Equal(19, rules.Rules.Count);
        var fired = result.Decisions.Select(d => d.Rule.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["btc-above-120k", "day-drawdown-5", "fast-move-5pct-15m", "funding-extreme", "leverage-over-20", "liq-within-10pct",
             "loss-over-500", "margin-ratio-80", "notional-over-250k", "peak-drawdown-15", "position-closed", "position-flipped", "position-opened"],
            fired);
        var factory = NotificationTestData.Factory();
        foreach (var decision in result.Decisions)
        {
            var card = TeamsCard.Build(factory.Create(decision));
            var content = JsonNode.Parse(card)!["attachments"]![0]!["content"]!;
            Assert.True(card.Length < TeamsCard.MaxBytes);
            Assert.Equal("1.4", (string?)content["version"]);
        }
    }
}
