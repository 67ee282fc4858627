using Bitget.Client.Trading;
using Sentinel.Core.Alerts;

namespace Sentinel.Core.Risk;

/// <summary>
/// Turns one snapshot, the risk rules and their prior states into the steps to take now. Pure: no I/O and no clock
/// (now is in the input). Per (rule, position side): the condition must breach for the rule's <c>for</c> polled
/// evaluations in a row to start an episode (streamed ones do not count); stage 0 is planned at once, each later stage
/// once <see cref="RiskRule.StageInterval"/> has passed since the previous one, while the value has not gone past the
/// clear level; a stage that was attempted but not taken is planned again after <see cref="RiskState.RetryInterval"/>.
/// The episode ends when the value clears or the position side is gone. A price crossing is an event: one step per
/// crossing, no stages, identified by the last sample before it.
/// </summary>
public static class RiskEvaluator
{
    public static RiskEvaluation Evaluate(RiskRuleSet rules, IEnumerable<RiskState> prior, RiskTickInput input)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(input);
        var states = prior.ToDictionary(s => (s.RuleId, s.SubjectKey));
        var byRule = states.Values.ToLookup(s => s.RuleId, StringComparer.Ordinal);
        var tickers = input.Snapshot.Tickers.ToDictionary(t => t.Symbol, StringComparer.OrdinalIgnoreCase);
        var positions = input.Snapshot.Positions;
        var keys = positions.Select(p => RiskState.KeyOf(p.Symbol, p.Side)).ToArray();
        var actions = new List<PlannedAction>();
        var changed = new List<RiskState>();
        var ended = new List<RiskState>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            seen.Clear();
            for (var i = 0; i < positions.Count; i++)
            {
                var position = positions[i];
                if (position.Size <= 0m || !rule.Covers(position))
                {
                    continue;
                }

                seen.Add(keys[i]);
                var state = states.GetValueOrDefault((rule.Id, keys[i]));
                var next = rule.Type == AlertRuleType.PriceCrossing
                    ? Crossing(rule, position, state, input, tickers, actions)
                    : Level(rule, position, state, input, tickers, actions);
                Record(state, next, changed, ended);
            }

            // A position side that is gone ends its episode: there is nothing left to mitigate.
            ended.AddRange(byRule[rule.Id].Where(s => !seen.Contains(s.SubjectKey)));
        }

        return new RiskEvaluation(actions, changed, ended);
    }

    /// <summary>
    /// A crossing is identified by the last sample before it (the crossing's "episode"), not by when it is evaluated:
    /// streamed updates see the same crossing against the same polled sample until the next poll, and that poll sees it
    /// too. Its state remembers the crossing so it is planned once (again only after <see cref="RiskState.RetryInterval"/>
    /// when the step was not taken, for as long as the price stays past the level) and every plan of it carries the same
    /// clientOid.
    /// </summary>
    private static RiskState? Crossing(RiskRule rule, ExchangePosition position, RiskState? state, RiskTickInput input, IReadOnlyDictionary<string, ExchangeTicker> tickers, List<PlannedAction> actions)
    {
        var crossed = RiskMetrics.Crossed(rule, position, input, tickers, out var previous, out var last);
        if (previous is not { At: var since })
        {
            return state;
        }

        if (state is { NextStage: 0, LastAttemptAt: not null, EpisodeStartedAt: { } untaken } && untaken != since
            && RiskMetrics.StillCrossed(rule, position, input, untaken, last))
        {
            // An earlier crossing whose step was not taken (skipped while the lease was busy, failed) stays the one to act
            // on, under its own clientOid, while the price stays past the level: a newer sample must not drop it unacted.
            (since, crossed) = (untaken, true);
        }

        var same = state?.EpisodeStartedAt == since;
        if (!crossed)
        {
            // The price went back before the next poll: still the same crossing. Once a newer sample exists it is over.
            return same ? state : null;
        }

        state = same ? state! : RiskState.Pending(rule.Id, RiskState.KeyOf(position.Symbol, position.Side)) with { EpisodeStartedAt = since };
        var retrying = state.LastAttemptAt is { } attempted && input.Now - attempted < RiskState.RetryInterval;
        if (state.NextStage == 0 && !retrying)
        {
            actions.Add(Plan(rule, position, 0, since, last, null));
        }

        return state;
    }

    private static RiskState? Level(RiskRule rule, ExchangePosition position, RiskState? state, RiskTickInput input, IReadOnlyDictionary<string, ExchangeTicker> tickers, List<PlannedAction> actions)
    {
        if (!RiskMetrics.TryGetValue(rule, position, input, tickers, out var value))
        {
            return state;
        }

        var breach = rule.Condition.Breaches(value);
        if (state is null && !breach)
        {
            return null;
        }

        state ??= RiskState.Pending(rule.Id, RiskState.KeyOf(position.Symbol, position.Side));
        if (state.Active)
        {
            if (rule.Condition.Clears(value))
            {
                return null;
            }
        }
        else if (input.Streamed && rule.Condition.ForCount > 1)
        {
            // `for` counts polls: a streamed update between them neither advances nor resets the count, so a wick
            // seen only by the stream never starts an episode the polls did not confirm.
            return state.BreachCount == 0 ? null : state;
        }
        else if (breach)
        {
            var count = state.BreachCount + 1;
            state = count >= rule.Condition.ForCount
                ? state with { BreachCount = count, EpisodeStartedAt = input.Now, NextStage = 0 }
                : state with { BreachCount = count };
        }
        else
        {
            // Pending but no longer breaching: the count starts over, as Alertmanager's `for` does.
            return null;
        }

        if (state.Active && NextStep(rule, state, position, input.Now) is { } planned)
        {
            actions.Add(Plan(rule, position, planned.Stage, state.EpisodeStartedAt!.Value, value, planned.Trigger));
        }

        return state;
    }

    /// <summary>The stage due now, if any; a last stop-loss step repeats while it would tighten the stop.</summary>
    private static (int Stage, decimal? Trigger)? NextStep(RiskRule rule, RiskState state, ExchangePosition position, DateTimeOffset now)
    {
        if (state.LastAttemptAt is { } attempted && now - attempted < RiskState.RetryInterval)
        {
            return null;
        }

        if (state.LastStepAt is { } stepped && now - stepped < rule.StageInterval)
        {
            return null;
        }

        var last = rule.Steps[^1];
        var step = state.NextStage < rule.Steps.Count ? rule.Steps[state.NextStage] : last;
        if (state.NextStage >= rule.Steps.Count && last.Kind != RiskActionKind.StopLoss)
        {
            return null;
        }

        if (step.Kind != RiskActionKind.StopLoss)
        {
            return (state.NextStage, null);
        }

        var trigger = RiskMetrics.StopTrigger(position, step.StopDistancePercent);
        return state.NextStage < rule.Steps.Count || RiskMetrics.IsTighter(position.Side, trigger, state.StopTrigger)
            ? (state.NextStage, trigger)
            : null;
    }

    private static PlannedAction Plan(RiskRule rule, ExchangePosition position, int stage, DateTimeOffset episode, decimal value, decimal? trigger)
    {
        var step = stage < rule.Steps.Count ? rule.Steps[stage] : rule.Steps[^1];
        trigger ??= step.Kind == RiskActionKind.StopLoss ? RiskMetrics.StopTrigger(position, step.StopDistancePercent) : null;
        return new PlannedAction(rule.Id, rule.Type, position, stage, rule.Steps.Count, step, episode, value, rule.Condition.Threshold, trigger);
    }

    private static void Record(RiskState? before, RiskState? after, List<RiskState> changed, List<RiskState> ended)
    {
        if (after is null)
        {
            if (before is not null)
            {
                ended.Add(before);
            }

            return;
        }

        if (!after.Equals(before))
        {
            changed.Add(after);
        }

    }
}
