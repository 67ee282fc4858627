using System.Runtime.CompilerServices;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Alerts;

/// <summary>
/// Evaluates every rule against one tick's inputs and advances each (rule, subject) lifecycle. Pure: no I/O and no
/// clock (now is a parameter); the only effects are on the state table and the decisions appended to the
/// caller's list. A steady tick (nothing changes) allocates nothing.
/// </summary>
internal static partial class AlertEvaluator
{
    public static void Evaluate(
        CompiledRuleSet rules,
        AlertStateTable states,
        MarketView market,
        TickStatus health,
        IReadOnlyList<Silence> silences,
        DateTimeOffset now,
        List<AlertTransition> decisions,
        bool streamed = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(silences);
        ArgumentNullException.ThrowIfNull(decisions);
        if (!ReferenceEquals(states.Rules, rules) || !ReferenceEquals(market.Symbols, rules.Symbols))
        {
            throw new ArgumentException("States and market view must belong to this rule set.", nameof(states));
        }

        var context = new EvaluationContext(states, market, health, silences, now, decisions, states.NextGeneration(), streamed);
        var list = (CompiledRule[])rules.Rules;
        for (var i = 0; i < list.Length; i++)
        {
            var rule = list[i];
            if (market.HasSnapshot || IsHealthRule(rule.Type))
            {
                EvaluateRule(rule, ref context);
            }
        }

        if (market.HasSnapshot)
        {
            Sweep(ref context);
        }
    }

    private static bool IsHealthRule(AlertRuleType type) =>
        type is AlertRuleType.StaleData or AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing;

    private static void EvaluateRule(CompiledRule rule, ref EvaluationContext context)
    {
        switch (rule.Type)
        {
            case AlertRuleType.PriceAbove or AlertRuleType.PriceBelow or AlertRuleType.PercentMove
                or AlertRuleType.FundingRate or AlertRuleType.PriceCrossing:
                EvaluateSymbols(rule, ref context);
                break;
            case AlertRuleType.UnrealizedPnl or AlertRuleType.UnrealizedPnlPercent or AlertRuleType.LiquidationDistance
                or AlertRuleType.PositionNotional or AlertRuleType.PositionLeverage:
                EvaluatePositions(rule, ref context);
                break;
            case AlertRuleType.MarginRatio or AlertRuleType.DrawdownFromDayStart or AlertRuleType.DrawdownFromPeak:
                EvaluateAccount(rule, ref context);
                break;
            case AlertRuleType.PositionOpened or AlertRuleType.PositionClosed or AlertRuleType.PositionFlipped:
                EvaluatePositionEvents(rule, ref context);
                break;
            case AlertRuleType.ProtectiveStop:
                // No condition to alert on: the stop it keeps is the risk core's, and each change of it is notified there.
                break;
            default:
                EvaluateHealth(rule, ref context);
                break;
        }
    }

    private static void EvaluateSymbols(CompiledRule rule, ref EvaluationContext context)
    {
        var market = context.Market;
        if (rule.SymbolIds is { } ids)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                EvaluateSymbol(rule, ids[i], ref context);
            }

            return;
        }

        var symbols = market.PositionSymbols;
        for (var i = 0; i < symbols.Count; i++)
        {
            EvaluateSymbol(rule, symbols[i], ref context);
        }
    }

    private static void EvaluateSymbol(CompiledRule rule, int symbolId, ref EvaluationContext context)
    {
        var key = AlertSubject.Key(rule.Index, symbolId, null);
        var market = context.Market;
        var subject = new Subject(symbolId, null, -1);
        if (!market.TryGetLastPrice(symbolId, out var last))
        {
            Touch(key, ref context);
        }
        else if (rule.Type == AlertRuleType.PriceCrossing)
        {
            Crossing(rule, key, market.SeriesOf(symbolId), market.ReadAt, last, subject, ref context);
        }
        else if (TryTickerMetric(rule, market, symbolId, last, out var value))
        {
            Level(rule, key, value, subject, ref context);
        }
        else
        {
            Touch(key, ref context);
        }
    }

    private static bool TryTickerMetric(CompiledRule rule, MarketView market, int symbolId, decimal last, out decimal value)
    {
        switch (rule.Type)
        {
            case AlertRuleType.FundingRate:
                var known = market.TryGetFundingPercent(symbolId, out var funding);
                value = Math.Abs(funding);
                return known;
            case AlertRuleType.PercentMove:
                return TryPercentMove(rule, market.SeriesOf(symbolId), market.ReadAt, last, out value);
            default:
                value = last;
                return true;
        }
    }

    /// <summary>
    /// One event per crossing, identified by the last sample before it: streamed updates compare with the same polled
    /// sample until the next poll, and that poll does too, so all of them see one crossing and only the first reports it.
    /// </summary>
    private static void Crossing(CompiledRule rule, long key, PriceSeries? series, DateTimeOffset readAt, decimal last, Subject subject, ref EvaluationContext context)
    {
        if (series is null || !series.TryGetSampleBefore(readAt, out var previous) || !Crosses(rule, previous.Price, last))
        {
            return;
        }

        var since = previous.At.UtcTicks;
        ref var entry = ref context.States.Find(key);
        if (!Unsafe.IsNullRef(ref entry) && entry.FiredAt != 0 && entry.PendingSince == since)
        {
            entry.SeenGeneration = context.Generation;
            return;
        }

        Lifecycle.Event(rule, key, last, since, subject, ref context);
    }

    private static bool Crosses(CompiledRule rule, decimal previous, decimal last)
    {
        var level = rule.Threshold;
        var up = previous < level && last >= level;
        var down = previous > level && last <= level;
        return rule.Direction switch
        {
            AlertDirection.Up => up,
            AlertDirection.Down => down,
            _ => up || down,
        };
    }

    private static bool TryPercentMove(CompiledRule rule, PriceSeries? series, DateTimeOffset readAt, decimal last, out decimal metric)
    {
        metric = 0m;
        if (series is null || !series.TryGetAtOrBefore(readAt - rule.Window, out var then) || then <= 0)
        {
            return false;
        }

        var move = (last - then) / then * 100m;
        metric = rule.Direction switch
        {
            AlertDirection.Up => move,
            AlertDirection.Down => -move,
            _ => Math.Abs(move),
        };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Touch(long key, ref EvaluationContext context)
    {
        ref var entry = ref context.States.Find(key);
        if (!Unsafe.IsNullRef(ref entry))
        {
            entry.SeenGeneration = context.Generation;
        }
    }

    private static void Level(CompiledRule rule, long key, decimal value, Subject subject, ref EvaluationContext context)
    {
        var breach = rule.Breaches(value);
        ref var entry = ref context.States.Find(key);
        if (Unsafe.IsNullRef(ref entry))
        {
            if (!breach)
            {
                return;
            }

            entry = ref context.States.GetOrAdd(key);
        }

        entry.SeenGeneration = context.Generation;
        Lifecycle.Advance(rule, key, ref entry, breach, rule.Clears(value), value, subject, ref context);
    }
}
