using Sentinel.Core.Alerts;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Alerts;

public sealed class SteadyStateAllocationTests
{
    [Fact]
    public void Evaluate_SteadyTickWithFiringAlerts_AllocatesNothing()
    {
        var rules = CompiledRuleSet.Compile(new AlertRuleSetDocument
        {
            Rules =
            [
                Rule("price_above", 50m, symbols: ["BTCUSDT", "ETHUSDT"], id: "a"),
                Rule("percent_move", 1m, windowMinutes: 5, symbols: ["BTCUSDT"], id: "b"),
                Rule("position_leverage", 5m, id: "c"),
                Rule("liquidation_distance", 50m, id: "d"),
                Rule("margin_ratio", 10m, id: "e"),
                Rule("stale_data", 3m, id: "f"),
                Rule("price_crossing", 1_000m, symbols: ["BTCUSDT"], id: "g"),
            ],
        });
        var history = new PriceTape(8);
        history.Record("BTCUSDT", T0.AddMinutes(-10), 90m);
        var snapshot = Snapshot(T0, [Ticker("BTCUSDT", 100m), Ticker("ETHUSDT", 60m)], [Position(leverage: 10m, liquidation: 80m)], marginRatio: 0.2m);
        var states = new AlertStateTable(rules);
        var market = new MarketView(rules.Symbols);
        market.Load(snapshot, snapshot.Positions, history, null);
        var decisions = new List<AlertTransition>(16);
        var health = Healthy(T0);
        IReadOnlyList<Silence> silences = [];
        AlertEvaluator.Evaluate(rules, states, market, health, silences, T0, decisions);
        var fired = decisions.Count;
        decisions.Clear();
        AlertEvaluator.Evaluate(rules, states, market, health, silences, T0, decisions);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            AlertEvaluator.Evaluate(rules, states, market, health, silences, T0, decisions);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(6, fired);
        Assert.Empty(decisions);
        Assert.Equal(0, allocated);
    }
}
