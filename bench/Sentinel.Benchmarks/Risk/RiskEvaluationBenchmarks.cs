using System.Globalization;
using BenchmarkDotNet.Attributes;
using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;

namespace Sentinel.Benchmarks.Risk;

/// <summary>
/// One risk evaluation beside the alert engine's: 100 staged risk rules (8 actionable types in rotation) over 500
/// tickers and 200 open positions, every rule watching every position (20,000 (rule, position) evaluations).
/// "Quiet": nothing breaches. "Breaching": every pair breaches and is mid-episode, waiting for its next stage (the
/// states are carried, nothing is planned). "FirstBreach": no prior state, every pair starts an episode and plans
/// its first step.
/// </summary>
[MemoryDiagnoser]
public class RiskEvaluationBenchmarks
{
    private const int SymbolCount = 500;
    private const int PositionCount = 200;
    private const int RuleCount = 100;
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly (string Type, decimal Quiet, decimal Breaching)[] Types =
    [
        ("liquidation_distance", 1m, 50m), ("unrealized_pnl", -1_000_000m, 1_000_000m), ("unrealized_pnl_percent", -1000m, 1000m),
        ("position_notional", 1e12m, 1m), ("position_leverage", 1000m, 1m), ("margin_ratio", 99m, 1m),
        ("drawdown_peak", 99m, 1m), ("price_below", 1m, 1e9m),
    ];

    private RiskRuleSet _rules = null!;
    private RiskTickInput _input = null!;
    private IReadOnlyList<RiskState> _prior = [];

    [Params("Quiet", "Breaching", "FirstBreach")]
    public string Case { get; set; } = "Quiet";

    [GlobalSetup]
    public void Setup()
    {
        var breaching = Case != "Quiet";
        _rules = RiskRuleSet.From(CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = BuildRules(breaching) }));
        _input = new RiskTickInput(BuildSnapshot(), null, new AccountWatermarks(DateOnly.FromDateTime(Now.UtcDateTime), 110_000m, 120_000m, Now.AddDays(-3), Now), Now);
        if (Case == "Breaching")
        {
            var first = RiskEvaluator.Evaluate(_rules, [], _input with { Now = Now.AddSeconds(-30) });
            _prior = [.. first.Changed.Select(s => s.AfterStep(first.Actions.First(a => a.RuleId == s.RuleId && a.SubjectKey == s.SubjectKey), Now.AddSeconds(-30)))];
        }

        var result = Evaluate();
        Console.WriteLine($"// {Case}: {RuleCount * PositionCount} (rule, position) evaluations, {result.Actions.Count} planned, {result.Changed.Count} changed");
    }

    [Benchmark]
    public RiskEvaluation Evaluate() => RiskEvaluator.Evaluate(_rules, _prior, _input);

    private static List<AlertRuleDocument> BuildRules(bool breaching)
    {
        var rules = new List<AlertRuleDocument>();
        for (var i = 0; i < RuleCount; i++)
        {
            var (type, quiet, breach) = Types[i % Types.Length];
            rules.Add(new AlertRuleDocument
            {
                Id = "risk-" + i.ToString(CultureInfo.InvariantCulture),
                Type = type,
                Threshold = breaching ? breach : quiet,
                Channels = ["teams"],
                Action = new RuleActionDocument { Stages = [new() { Type = "reduce", Percent = 25 }, new() { Type = "reduce", Percent = 50 }, new() { Type = "close" }] },
            });
        }

        return rules;
    }

    private static ExchangeSnapshot BuildSnapshot()
    {
        var tickers = Enumerable.Range(0, SymbolCount)
            .Select(i => new ExchangeTicker("S" + i.ToString(CultureInfo.InvariantCulture) + "USDT", 100m + i, 100m + i, null, null, null, null, null, null, Now))
            .ToList();
        var positions = Enumerable.Range(0, PositionCount).Select(i => new ExchangePosition(
            tickers[i].Symbol, "USDT", i % 2 == 0 ? PositionSide.Long : PositionSide.Short, PositionMode.Hedge, MarginMode.Crossed,
            1m, 1m, 100m, tickers[i].LastPrice, tickers[i].LastPrice * 0.9m, -5m, 10m, 10m, null, null, Now)).ToList();
        return new ExchangeSnapshot(Now, tickers, positions, new ExchangeAccount("USDT", 100_000m, 50_000m, 0m, 0.5m));
    }
}
