using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

internal static class RiskTestData
{
    public static readonly RuleActionDocument Staged = new()
    {
        Stages = [new() { Type = "reduce", Percent = 25 }, new() { Type = "reduce", Percent = 50 }, new() { Type = "close" }],
        StageMinutes = 5,
    };

    public static AlertRuleDocument RiskRule(string type, decimal? threshold, RuleActionDocument action, decimal? clear = null, int? forCount = null, IReadOnlyList<string>? symbols = null, string id = "risk1") =>
        Rule(type, threshold, clear: clear, forCount: forCount, symbols: symbols, id: id) with { Action = action };

    public static RiskRuleSet Rules(params AlertRuleDocument[] rules) =>
        RiskRuleSet.From(CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = rules }));

    /// <summary>A position whose liquidation price is <paramref name="distancePercent"/> % below (long) or above (short) the mark of 100.</summary>
    public static ExchangePosition AtDistance(decimal distancePercent, PositionSide side = PositionSide.Long, decimal size = 1m, string symbol = "BTCUSDT") =>
        Position(symbol, side, size, mark: 100m, liquidation: side == PositionSide.Long ? 100m - distancePercent : 100m + distancePercent);

    public static RiskTickInput Input(DateTimeOffset at, params ExchangePosition[] positions) =>
        new(Snapshot(at, [Ticker("BTCUSDT", 100m), Ticker("ETHUSDT", 100m)], positions), null, null, at);

    /// <summary>Drives the evaluator tick by tick as the observer does, taking every planned step.</summary>
    public sealed class Driver(RiskRuleSet rules)
    {
        private readonly Dictionary<(string, string), RiskState> _states = [];

        public IReadOnlyCollection<RiskState> States => _states.Values;

        public IReadOnlyList<PlannedAction> Tick(RiskTickInput input, bool take = true)
        {
            var result = RiskEvaluator.Evaluate(rules, _states.Values, input);
            foreach (var ended in result.Ended)
            {
                _states.Remove((ended.RuleId, ended.SubjectKey));
            }

            foreach (var changed in result.Changed)
            {
                _states[(changed.RuleId, changed.SubjectKey)] = changed;
            }

            foreach (var action in result.Actions)
            {
                var state = _states[(action.RuleId, action.SubjectKey)];
                _states[(action.RuleId, action.SubjectKey)] = take ? state.AfterStep(action, input.Now) : state.AfterAttempt(input.Now);
            }

            return result.Actions;
        }
    }
}
