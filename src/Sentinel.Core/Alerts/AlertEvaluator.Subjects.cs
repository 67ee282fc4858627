using System.Runtime.CompilerServices;
using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Alerts;

internal static partial class AlertEvaluator
{
    private static void EvaluatePositions(CompiledRule rule, ref EvaluationContext context)
    {
        var market = context.Market;
        if (rule.SymbolIds is not { } ids)
        {
            for (var i = 0; i < market.PositionCount; i++)
            {
                EvaluatePosition(rule, i, ref context);
            }

            return;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var longIndex = market.LongPositionOf(ids[i]);
            if (longIndex >= 0)
            {
                EvaluatePosition(rule, longIndex, ref context);
            }

            var shortIndex = market.ShortPositionOf(ids[i]);
            if (shortIndex >= 0)
            {
                EvaluatePosition(rule, shortIndex, ref context);
            }
        }
    }

    private static void EvaluatePosition(CompiledRule rule, int index, ref EvaluationContext context)
    {
        var market = context.Market;
        var position = market.PositionAt(index);
        var symbolId = market.PositionSymbolAt(index);
        var key = AlertSubject.Key(rule.Index, symbolId, position.Side);
        decimal value;
        var known = true;
        switch (rule.Type)
        {
            case AlertRuleType.UnrealizedPnl:
                value = position.UnrealizedPnl;
                break;
            case AlertRuleType.UnrealizedPnlPercent:
                known = market.TryGetPnlPercent(index, out value);
                break;
            case AlertRuleType.LiquidationDistance:
                known = market.TryGetLiquidationDistance(index, out value);
                break;
            case AlertRuleType.PositionNotional:
                value = position.Notional;
                break;
            default:
                value = position.Leverage;
                break;
        }

        if (known)
        {
            Level(rule, key, value, new Subject(symbolId, position.Side, index), ref context);
        }
        else
        {
            Touch(key, ref context);
        }
    }

    private static void EvaluateAccount(CompiledRule rule, ref EvaluationContext context)
    {
        var market = context.Market;
        var key = AlertSubject.Key(rule.Index, AlertSubject.AccountSymbol, null);
        var subject = new Subject(AlertSubject.AccountSymbol, null, -1);
        if (rule.Type == AlertRuleType.MarginRatio)
        {
            if (market.MarginRatioPercent is { } ratio)
            {
                Level(rule, key, ratio, subject, ref context);
            }
            else
            {
                Touch(key, ref context);
            }
        }
        else if (market.HasWatermarks)
        {
            var drawdown = rule.Type == AlertRuleType.DrawdownFromDayStart
                ? market.DrawdownFromDayStartPercent
                : market.DrawdownFromPeakPercent;
            Level(rule, key, drawdown, subject, ref context);
        }
        else
        {
            Touch(key, ref context);
        }
    }

    private static void EvaluateHealth(CompiledRule rule, ref EvaluationContext context)
    {
        var health = context.Health;
        var key = AlertSubject.Key(rule.Index, AlertSubject.NoSymbol, null);
        var subject = new Subject(AlertSubject.NoSymbol, null, -1);
        if (rule.Type == AlertRuleType.StaleData)
        {
            if (health.LastSuccessAt is not { } success)
            {
                HealthCondition(rule, key, breach: true, value: null, subject, ref context);
                return;
            }

            var minutes = (decimal)(context.Now - success).Ticks / TimeSpan.TicksPerMinute;
            Level(rule, key, minutes, subject, ref context);
            return;
        }

        var kind = rule.Type == AlertRuleType.AuthFailing ? TickFailureKind.Authentication : TickFailureKind.Unreachable;
        var failing = health.LastFailure?.Kind == kind && health.ConsecutiveFailures >= rule.Threshold;
        HealthCondition(rule, key, failing, health.ConsecutiveFailures, subject, ref context);
    }

    private static void HealthCondition(CompiledRule rule, long key, bool breach, decimal? value, Subject subject, ref EvaluationContext context)
    {
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
        Lifecycle.Advance(rule, key, ref entry, breach, !breach, value, subject, ref context);
    }

    private static void EvaluatePositionEvents(CompiledRule rule, ref EvaluationContext context)
    {
        var events = context.Market.Events;
        var wanted = rule.Type switch
        {
            AlertRuleType.PositionOpened => PositionEventKind.Opened,
            AlertRuleType.PositionClosed => PositionEventKind.Closed,
            _ => PositionEventKind.Flipped,
        };
        for (var i = 0; i < events.Count; i++)
        {
            var change = events[i];
            if (change.Kind != wanted || (rule.SymbolIds is { } ids && Array.IndexOf(ids, change.SymbolId) < 0))
            {
                continue;
            }

            PositionSide? side = wanted == PositionEventKind.Flipped ? null : change.Side;
            var key = AlertSubject.Key(rule.Index, change.SymbolId, side);
            Lifecycle.Event(rule, key, change.Position.Size, 0, new Subject(change.SymbolId, change.Side, -1, change.Position), ref context);
        }
    }

    /// <summary>An active pair whose subject vanished (position closed, symbol left scope) resolves with no value.</summary>
    private static void Sweep(ref EvaluationContext context)
    {
        var states = context.States;
        var stale = states.SweepBuffer;
        stale.Clear();
        foreach (var key in states.Active)
        {
            ref var entry = ref states.Find(key);
            if (entry.SeenGeneration != context.Generation)
            {
                stale.Add(key);
            }
        }

        foreach (var key in stale)
        {
            ref var entry = ref states.Find(key);
            var rule = states.Rules[AlertSubject.RuleIndexOf(key)];
            var subject = new Subject(AlertSubject.SymbolIdOf(key), AlertSubject.SideOf(key), -1);
            Lifecycle.Advance(rule, key, ref entry, breach: false, cleared: true, value: null, subject, ref context);
        }
    }
}
