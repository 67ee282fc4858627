using Azure;
using Sentinel.Functions.Alerts;
using Sentinel.Functions.Delivery;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Notifications;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Evaluates the alert rules on every tick that ran (inside the tick's lease). Rules, states, silences and
/// watermarks are read from the tables each tick, so restarts and other instances see the same lifecycle.
/// Writes are ordered so nothing is lost or sent twice: per (rule, subject) pair, the notifications are stored
/// in the outbox first (claimed by this tick), then the state is written under the ETag it was read with; if
/// that write loses to another writer (an acknowledgement, an overlapping tick) the rows this tick stored are
/// removed again and the next tick decides afresh. Only then are the stored rows sent, once; whatever fails is
/// left to <c>DeliverNotifications</c>.
/// </summary>
public sealed partial class AlertTickObserver(
    RuleStore rules,
    AlertStateStore states,
    SilenceStore silences,
    WatermarkStore watermarks,
    NotificationFactory notifications,
    ChannelDirectory channels,
    OutboxDispatcher dispatcher,
    OutboxStore outbox,
    ILogger<AlertTickObserver> logger) : ITickObserver
{
    public async Task OnTickAsync(MonitorTickResult tick, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tick);
        if (tick.Outcome == TickOutcome.Skipped)
        {
            return;
        }

        var invalid = new List<string>();
        var ruleSet = await rules.LoadCompiledAsync(invalid, cancellationToken);
        foreach (var id in invalid)
        {
            LogInvalidRule(logger, id);
        }

        var stored = await states.LoadAllAsync(cancellationToken);
        var silenced = await silences.LoadAllAsync(cancellationToken);
        var (marks, first) = await AdvanceWatermarksAsync(tick, cancellationToken);

        var engine = new AlertEngine(ruleSet, stored.Select(s => s.State));
        var result = engine.Evaluate(TickInputMapper.ToInput(tick, first, marks, silenced));
        if (result.ChangedStates.Count == 0)
        {
            return;
        }

        var etags = stored.ToDictionary(s => (s.State.RuleId, s.State.SubjectKey), s => s.ETag);
        var toSend = new List<StoredOutboxEntry>();
        foreach (var state in result.ChangedStates)
        {
            var decisions = result.Decisions.Where(d => d.Rule.Id == state.RuleId && d.SubjectKey == state.SubjectKey).ToList();
            var committed = await CommitAsync(state, decisions, etags.GetValueOrDefault((state.RuleId, state.SubjectKey)), tick.StartedAt, cancellationToken);
            toSend.AddRange(committed);
        }

        foreach (var entry in toSend)
        {
            await TrySendAsync(entry, cancellationToken);
        }
    }

    private async Task TrySendAsync(StoredOutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.SendClaimedAsync(entry, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The row is stored and claimed; DeliverNotifications sends it when the claim runs out.
            LogSendDeferred(logger, exception, entry.Entry.Channel, entry.Entry.IdempotencyKey);
        }
    }

    private async Task<(AccountWatermarks? Marks, bool First)> AdvanceWatermarksAsync(MonitorTickResult tick, CancellationToken cancellationToken)
    {
        var current = await watermarks.ReadAsync(cancellationToken);
        if (tick.Snapshot is not { } snapshot)
        {
            return (current, current is null);
        }

        return (await watermarks.AdvanceAsync(snapshot.Account.Equity, tick.StartedAt, cancellationToken), current is null);
    }

    private async Task<IReadOnlyList<StoredOutboxEntry>> CommitAsync(
        AlertState state, IReadOnlyList<AlertTransition> decisions, ETag readETag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owned = new List<StoredOutboxEntry>();
        try
        {
            foreach (var decision in decisions)
            {
                var notification = notifications.Create(decision);
                var wanted = await channels.ConfiguredAsync(decision.Rule.Channels, cancellationToken);
                owned.AddRange(await dispatcher.EnqueueAsync(notification, wanted, isNotice: false, now + OutboxStore.ClaimDuration, cancellationToken));
            }

            if (await states.TryWriteAsync(state, readETag, cancellationToken))
            {
                return owned;
            }

            var winner = await states.FindAsync(state.RuleId, state.SubjectKey, cancellationToken);
            if (winner is not null && SameEpisodeStep(winner.State, state))
            {
                // Another writer stored the very same decision; the rows carry its idempotency keys, so they stay.
                return owned;
            }

            LogStateConflict(logger, state.RuleId, state.SubjectKey);
        }
        catch (Exception) when (owned.Count > 0)
        {
            await RemoveAsync(owned);
            throw;
        }

        await RemoveAsync(owned);
        return [];
    }

    private static bool SameEpisodeStep(AlertState stored, AlertState decided) =>
        stored.Status == decided.Status
        && stored.FiredAt == decided.FiredAt
        && stored.NotificationSequence == decided.NotificationSequence
        && stored.ResolvedAt == decided.ResolvedAt;

    private async Task RemoveAsync(IReadOnlyList<StoredOutboxEntry> owned)
    {
        foreach (var entry in owned)
        {
            try
            {
                await outbox.TryDeleteAsync(entry, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogCleanupFailed(logger, exception, entry.Entry.Channel, entry.Entry.IdempotencyKey);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored rule {RuleId} does not validate and is not evaluated; fix it with PUT /api/rules/{RuleId}")]
    private static partial void LogInvalidRule(ILogger logger, string ruleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Immediate send of {Channel}/{Key} failed; the delivery timer retries it")]
    private static partial void LogSendDeferred(ILogger logger, Exception exception, string channel, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert state {RuleId}/{SubjectKey} changed concurrently; this tick's decision is dropped and the next tick decides again")]
    private static partial void LogStateConflict(ILogger logger, string ruleId, string subjectKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not remove uncommitted outbox row {Channel}/{Key}; it may be delivered although its state change was not stored")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception, string channel, string key);
}
