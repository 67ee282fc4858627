using Azure;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Alerts;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Risk;
using Sentinel.Functions.Ticks;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// Runs the risk rules on every successful tick, after the alerts (registered after them), inside the tick's lease:
/// reads the rules, the risk states and the watermarks from the tables (nothing cached, so restarts and other
/// instances continue where the last tick stopped), evaluates, stores the states under their ETags, and hands each
/// planned step to the <see cref="MitigationGuard"/>; the guard's verdict moves the stage on or schedules a retry. In
/// mode off nothing is evaluated.
/// </summary>
public sealed partial class RiskTickObserver(
    RuleStore rules,
    RiskStateStore states,
    WatermarkStore watermarks,
    RiskControlStore control,
    MitigationGuard guard,
    MitigationJournal journal,
    IOptions<GuardOptions> options,
    ILogger<RiskTickObserver> logger) : ITickObserver
{
    public const string Who = "rule";

    public async Task OnTickAsync(MonitorTickResult tick, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tick);
        if (tick.Outcome != TickOutcome.Succeeded || tick.Snapshot is not { } snapshot
            || (await control.ReadAsync(cancellationToken).ConfigureAwait(false)).Mode == RiskMode.Off)
        {
            return;
        }

        var ruleSet = RiskRuleSet.From(await rules.LoadCompiledAsync(null, cancellationToken).ConfigureAwait(false));
        if (ruleSet.Rules.Count == 0)
        {
            return;
        }

        var stored = await states.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        var history = ruleSet.Rules.Any(r => r.Type == AlertRuleType.PriceCrossing) ? tick.PriceHistory : null;
        var marks = ruleSet.Rules.Any(r => r.Type is AlertRuleType.DrawdownFromDayStart or AlertRuleType.DrawdownFromPeak)
            ? await watermarks.ReadAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var evaluation = RiskEvaluator.Evaluate(ruleSet, stored.Select(s => s.State), new RiskTickInput(snapshot, history, marks, tick.StartedAt));
        var current = await PersistAsync(evaluation, stored, cancellationToken).ConfigureAwait(false);
        foreach (var action in evaluation.Actions.Take(options.Value.MaxActionsPerTick))
        {
            var rule = ruleSet.Rules.First(r => r.Id == action.RuleId);
            if (rule.Type != AlertRuleType.PriceCrossing && !current.ContainsKey((action.RuleId, action.SubjectKey)))
            {
                continue;
            }

            var result = await guard.ExecuteAsync(ToRequest(rule, action), cancellationToken).ConfigureAwait(false);
            if (current.TryGetValue((action.RuleId, action.SubjectKey), out var held))
            {
                var next = result.StepTaken ? held.State.AfterStep(action, tick.StartedAt) : held.State.AfterAttempt(tick.StartedAt);
                var etag = await states.TryWriteAsync(next, held.ETag, cancellationToken).ConfigureAwait(false);
                LogStateLost(etag is null, action.RuleId, action.SubjectKey);
            }
        }

        await journal.PruneAsync(tick.StartedAt - MitigationJournal.Retention, cancellationToken).ConfigureAwait(false);
    }

    private static MitigationRequest ToRequest(RiskRule rule, PlannedAction action) => new(
        Who, action.RuleId, action.Position, action.Step, action.Stage, action.ClientOid, action.StopTrigger, rule.Condition.Channels,
        rule.Type == AlertRuleType.PriceCrossing ? null : fresh => RiskMetrics.ClearedOn(rule, fresh));

    /// <summary>Deletes ended states and writes changed ones; returns the states this tick holds (with ETags) for its steps.</summary>
    private async Task<Dictionary<(string, string), StoredRiskState>> PersistAsync(RiskEvaluation evaluation, IReadOnlyList<StoredRiskState> stored, CancellationToken cancellationToken)
    {
        var held = stored.ToDictionary(s => (s.State.RuleId, s.State.SubjectKey));
        foreach (var ended in evaluation.Ended)
        {
            if (held.Remove((ended.RuleId, ended.SubjectKey), out var row))
            {
                await states.TryDeleteAsync(ended, row.ETag, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var state in evaluation.Changed)
        {
            var key = (state.RuleId, state.SubjectKey);
            ETag? before = held.TryGetValue(key, out var row) ? row.ETag : null;
            if (await states.TryWriteAsync(state, before, cancellationToken).ConfigureAwait(false) is { } etag)
            {
                held[key] = new StoredRiskState(state, etag);
            }
            else
            {
                // Another writer (an overlapping tick) moved this state on: its steps are that writer's to take.
                held.Remove(key);
                LogStateLost(true, state.RuleId, state.SubjectKey);
            }
        }

        return held;
    }

    private void LogStateLost(bool lost, string ruleId, string subjectKey)
    {
        if (lost)
        {
            LogConflict(logger, ruleId, subjectKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk state {RuleId}/{SubjectKey} was changed by another writer; the next tick decides again")]
    private static partial void LogConflict(ILogger logger, string ruleId, string subjectKey);
}
