using Azure;
using Bitget.Client.Trading;
using Microsoft.Extensions.Options;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Monitoring;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// Runs the risk rules on every successful tick, after the alerts (registered after them), inside the tick's lease:
/// evaluates the rules against the risk states and the watermarks, stores the states under their ETags, and hands
/// each planned step to the <see cref="MitigationGuard"/>; the guard's verdict moves the stage on or schedules a retry.
/// The switches, rules and states are read from the tables again only when the <see cref="AlertingVersion"/> the
/// tick read changed (rule and switch changes bump it), another instance ticked in between, or this instance's last
/// tick did not store all its states, so restarts and other instances continue where the last tick stopped; the guard
/// reads the switches fresh before every step all the same. In mode off nothing is evaluated. Resolved intents are
/// pruned at most once every <see cref="PruneInterval"/>. Then the <see cref="ProtectiveStopKeeper"/> keeps the
/// protective stops (the rules are read once for both).
/// </summary>
internal sealed partial class RiskTickObserver(
    RuleStore rules,
    RiskStateStore states,
    WatermarkStore watermarks,
    RiskControlStore control,
    AlertingVersion version,
    MitigationGuard guard,
    MitigationJournal journal,
    ProtectiveStopKeeper stops,
    IOptions<GuardOptions> options,
    ILogger<RiskTickObserver> logger) : ITickObserver
{
    public const string Who = "rule";

    public static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private RiskMemory? _memory;
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;

    public async Task OnTickAsync(MonitorTickResult tick, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tick);
        if (tick.Outcome != TickOutcome.Succeeded || tick.Snapshot is not { } snapshot)
        {
            return;
        }

        // Taken out until this tick has stored its states: a tick that fails half-way leaves the next one to read afresh.
        var known = Interlocked.Exchange(ref _memory, null);
        var seen = version.SeenBy(tick.StartedAt);
        var memory = known is not null && tick.FollowsOwnTick && seen is { } current && known.Version == current
            ? known
            : await LoadAsync(seen ?? default, cancellationToken).ConfigureAwait(false);
        if (memory.Control.Mode == RiskMode.Off || (memory.Rules.Rules.Count == 0 && memory.StopRules.Count == 0))
        {
            Volatile.Write(ref _memory, memory);
            return;
        }

        var allStored = memory.Rules.Rules.Count == 0 || await ActAsync(memory, tick, snapshot, cancellationToken).ConfigureAwait(false);
        await stops.KeepAsync(memory.StopRules, snapshot, memory.Control.Mode, tick.StartedAt, cancellationToken).ConfigureAwait(false);
        if (allStored)
        {
            Volatile.Write(ref _memory, memory);
        }

        if (tick.StartedAt - _prunedAt >= PruneInterval)
        {
            await journal.PruneAsync(tick.StartedAt - MitigationJournal.Retention, cancellationToken).ConfigureAwait(false);
            _prunedAt = tick.StartedAt;
        }
    }

    /// <summary>Evaluates the risk rules and hands their steps to the guard; false when a state write lost to another writer.</summary>
    private async Task<bool> ActAsync(RiskMemory memory, MonitorTickResult tick, ExchangeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var ruleSet = memory.Rules;
        var history = ruleSet.Rules.Any(r => r.Type == AlertRuleType.PriceCrossing) ? tick.PriceHistory : null;
        var marks = ruleSet.Rules.Any(r => r.Type is AlertRuleType.DrawdownFromDayStart or AlertRuleType.DrawdownFromPeak)
            ? await watermarks.ReadAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var evaluation = RiskEvaluator.Evaluate(ruleSet, memory.States.Values.Select(s => s.State), new RiskTickInput(snapshot, history, marks, tick.StartedAt, tick.Streamed));
        var allStored = await PersistAsync(evaluation, memory.States, cancellationToken).ConfigureAwait(false);
        foreach (var action in evaluation.Actions.Take(options.Value.MaxActionsPerTick))
        {
            var rule = ruleSet.Rules.First(r => r.Id == action.RuleId);
            if (rule.Type != AlertRuleType.PriceCrossing && !memory.States.ContainsKey((action.RuleId, action.SubjectKey)))
            {
                continue;
            }

            var result = await guard.ExecuteAsync(ToRequest(rule, action), cancellationToken).ConfigureAwait(false);
            if (memory.States.TryGetValue((action.RuleId, action.SubjectKey), out var held))
            {
                var next = result.StepTaken ? held.State.AfterStep(action, tick.StartedAt) : held.State.AfterAttempt(tick.StartedAt);
                allStored &= Stored(memory.States, next, await states.TryWriteAsync(next, held.ETag, cancellationToken).ConfigureAwait(false));
            }
        }

        return allStored;
    }

    private async Task<RiskMemory> LoadAsync(ETag seen, CancellationToken cancellationToken)
    {
        var switches = await control.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (switches.Mode == RiskMode.Off)
        {
            return new RiskMemory(seen, switches, RiskRuleSet.Empty, [], []);
        }

        var compiled = await rules.LoadCompiledAsync(null, cancellationToken).ConfigureAwait(false);
        var ruleSet = RiskRuleSet.From(compiled);
        var stored = ruleSet.Rules.Count == 0 ? [] : await states.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        return new RiskMemory(seen, switches, ruleSet, ProtectiveStopRule.From(compiled), stored);
    }

    private static MitigationRequest ToRequest(RiskRule rule, PlannedAction action) => new(
        Who, action.RuleId, action.Position, action.Step, action.Stage, action.ClientOid, action.StopTrigger, rule.Condition.Channels,
        rule.Type == AlertRuleType.PriceCrossing ? null : fresh => RiskMetrics.ClearedOn(rule, fresh));

    /// <summary>Deletes ended states and writes changed ones, keeping <paramref name="held"/> as stored; false when any write lost to another writer.</summary>
    private async Task<bool> PersistAsync(RiskEvaluation evaluation, Dictionary<(string, string), StoredRiskState> held, CancellationToken cancellationToken)
    {
        var allStored = true;
        foreach (var ended in evaluation.Ended)
        {
            if (held.Remove((ended.RuleId, ended.SubjectKey), out var row))
            {
                allStored &= await states.TryDeleteAsync(ended, row.ETag, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var state in evaluation.Changed)
        {
            ETag? before = held.TryGetValue((state.RuleId, state.SubjectKey), out var row) ? row.ETag : null;
            allStored &= Stored(held, state, await states.TryWriteAsync(state, before, cancellationToken).ConfigureAwait(false));
        }

        return allStored;
    }

    /// <summary>Keeps a written state with its new ETag; one another writer (an overlapping tick) moved on is dropped: its steps are that writer's to take.</summary>
    private bool Stored(Dictionary<(string, string), StoredRiskState> held, RiskState state, ETag? etag)
    {
        var key = (state.RuleId, state.SubjectKey);
        if (etag is { } written)
        {
            held[key] = new StoredRiskState(state, written);
            return true;
        }

        held.Remove(key);
        LogConflict(logger, state.RuleId, state.SubjectKey);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk state {RuleId}/{SubjectKey} was changed by another writer; the next tick decides again")]
    private static partial void LogConflict(ILogger logger, string ruleId, string subjectKey);
}
