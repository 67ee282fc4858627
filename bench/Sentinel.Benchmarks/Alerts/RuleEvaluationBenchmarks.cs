using System.Globalization;
using BenchmarkDotNet.Attributes;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;

namespace Sentinel.Benchmarks.Alerts;

/// <summary>
/// One tick of 1,000 rules over 500 symbols (200 with a position), in steady state: about a tenth of the pairs are
/// firing, nothing changes, so the evaluator should allocate nothing. "Scoped": every rule lists 5 symbols.
/// "AllPositions": position rules watch every open position (200 subjects each).
/// </summary>
[MemoryDiagnoser]
public class RuleEvaluationBenchmarks
{
    private const int SymbolCount = 500;
    private const int PositionCount = 200;
    private const int RuleCount = 1000;

    private static readonly string[] Types =
    [
        "price_above", "price_below", "percent_move", "funding_rate", "price_crossing", "unrealized_pnl", "unrealized_pnl_percent",
        "liquidation_distance", "position_notional", "position_leverage", "margin_ratio", "drawdown_day", "drawdown_peak", "stale_data",
    ];

    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private readonly List<AlertTransition> _decisions = [];
    private CompiledRuleSet _rules = null!;
    private AlertStateTable _states = null!;
    private MarketView _market = null!;
    private ExchangeSnapshot _snapshot = null!;
    private Dictionary<string, PriceSeries> _history = null!;
    private AccountWatermarks _watermarks = null!;
    private TickStatus _health = null!;

    [Params("Scoped", "AllPositions")]
    public string Scope { get; set; } = "Scoped";

    /// <summary>(rule, subject) evaluations in one tick, printed at setup so figures can be given per evaluation.</summary>
    public int Evaluations { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BuildSnapshot();
        _history = _snapshot.Tickers.ToDictionary(
            t => t.Symbol,
            t => new PriceSeries([.. Enumerable.Range(1, 30).Reverse().Select(minute => new PriceSample(Now.AddMinutes(-minute), t.LastPrice * (1m - (minute / 1000m))))]),
            StringComparer.Ordinal);

        _watermarks = new AccountWatermarks(DateOnly.FromDateTime(Now.UtcDateTime), 110_000m, 120_000m, Now.AddDays(-3), Now);
        _health = TickStatus.None.RecordSuccess(Now.AddSeconds(-30), TimeSpan.Zero, _snapshot, AccountKind.Classic);
        _rules = CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = BuildRules(Scope == "AllPositions") });
        _states = new AlertStateTable(_rules);
        _market = new MarketView(_rules.Symbols);
        _market.Load(_snapshot, _snapshot.Positions, _history, _watermarks);
        Evaluate();
        var fired = Evaluate();
        var steady = Evaluate();
        Evaluations = CountEvaluations();
        Console.WriteLine($"// {Scope}: {Evaluations} evaluations per tick, {_states.Count} states, {fired} fired, {steady} decisions in steady state");
    }

    [Benchmark]
    public int Evaluate()
    {
        _decisions.Clear();
        AlertEvaluator.Evaluate(_rules, _states, _market, _health, [], Now, _decisions);
        return _decisions.Count;
    }

    [Benchmark]
    public void LoadMarketView() => _market.Load(_snapshot, _snapshot.Positions, _history, _watermarks);

    private static ExchangeSnapshot BuildSnapshot()
    {
        var tickers = new List<ExchangeTicker>(SymbolCount);
        var positions = new List<ExchangePosition>(PositionCount);
        for (var i = 0; i < SymbolCount; i++)
        {
            var symbol = Symbol(i);
            var price = 100m + i;
            tickers.Add(new ExchangeTicker(symbol, price, price, price, price - 0.1m, price + 0.1m, 0.0001m * (i % 20), 1000m, 0.01m, Now));
            if (i < PositionCount)
            {
                var side = i % 2 == 0 ? PositionSide.Long : PositionSide.Short;
                var liquidation = side == PositionSide.Long ? price * 0.8m : price * 1.2m;
                positions.Add(new ExchangePosition(
                    symbol, "USDT", side, PositionMode.OneWay, MarginMode.Crossed, 10m + i, 10m + i, price * 0.99m, price, liquidation,
                    (i % 40) - 20m, 50m + i, 5m + (i % 30), 0.005m, Now.AddDays(-1), Now));
            }
        }

        return new ExchangeSnapshot(Now, tickers, positions, new ExchangeAccount("USDT", 100_000m, 50_000m, 0m, 0.35m));
    }

    private static List<AlertRuleDocument> BuildRules(bool positionRulesWatchAll)
    {
        var rules = new List<AlertRuleDocument>(RuleCount);
        for (var i = 0; i < RuleCount; i++)
        {
            var type = Types[i % Types.Length];
            if (!AlertRuleTypeNames.TryParse(type, out var parsed))
            {
                throw new InvalidOperationException("Unknown rule type " + type);
            }

            var positional = type is "unrealized_pnl" or "unrealized_pnl_percent" or "liquidation_distance" or "position_notional" or "position_leverage";
            var symbols = !parsed.IsSymbolScoped() || (positional && positionRulesWatchAll)
                ? null
                : Enumerable.Range(0, 5).Select(k => Symbol(((i * 5) + k) % SymbolCount)).ToList();
            rules.Add(new AlertRuleDocument
            {
                Id = "rule-" + i.ToString(CultureInfo.InvariantCulture),
                Type = type,
                Symbols = symbols,
                Threshold = Threshold(type, i),
                WindowMinutes = type == "percent_move" ? 15 : null,
                For = parsed.IsEvent() ? null : 2,
                Channels = ["teams"],
            });
        }

        return rules;
    }

    /// <summary>Thresholds chosen so roughly one pair in ten breaches.</summary>
    private static decimal Threshold(string type, int i) => type switch
    {
        "price_above" => 100m + ((i * 7) % 550),
        "price_below" => 100m + ((i * 3) % 60),
        "percent_move" => i % 10 == 0 ? 0.5m : 5m,
        "funding_rate" => 0.18m,
        "price_crossing" => 1_000_000m,
        "unrealized_pnl" => -18m,
        "unrealized_pnl_percent" => -30m,
        "liquidation_distance" => i % 10 == 0 ? 25m : 10m,
        "position_notional" => 60_000m,
        "position_leverage" => 32m,
        "margin_ratio" => i % 10 == 0 ? 30m : 80m,
        "drawdown_day" => 5m,
        "drawdown_peak" => i % 10 == 0 ? 10m : 50m,
        _ => 5m,
    };

    private int CountEvaluations()
    {
        var count = 0;
        foreach (var rule in _rules.Rules)
        {
            count += rule.Type switch
            {
                AlertRuleType.UnrealizedPnl or AlertRuleType.UnrealizedPnlPercent or AlertRuleType.LiquidationDistance
                    or AlertRuleType.PositionNotional or AlertRuleType.PositionLeverage => rule.SymbolIds is null
                        ? PositionCount
                        : rule.SymbolIds.Count(id => int.Parse(_rules.Symbols.NameOf(id)[3..6], CultureInfo.InvariantCulture) < PositionCount),
                _ => rule.SymbolIds?.Length ?? 1,
            };
        }

        return count;
    }

    private static string Symbol(int i) => "SYM" + i.ToString("000", CultureInfo.InvariantCulture) + "USDT";
}
