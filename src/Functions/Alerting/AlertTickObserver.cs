using Azure;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Notifications;
using Sentinel.Functions.Monitoring;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Evaluates the alert rules on every tick that ran (inside the tick's lease). Each tick reads the version and the
/// watermarks in one query and writes the watermarks under their ETag; rules, silences and states are read again
/// only when the version changed (<see cref="AlertingVersion"/>), another instance ticked in between, or this
/// instance's last tick did not store all its decisions, so restarts and other instances see the same lifecycle.
/// Writes are ordered so nothing is lost or sent twice: per (rule, subject) pair, the notifications are stored
/// in the outbox first (claimed by this tick), then the state is written under the ETag it was read with; if
/// that write loses to another writer (an acknowledgement, an overlapping tick) the rows this tick stored are
/// removed again and the next tick decides afresh. Only then are the stored rows released (made due now) for
/// <c>DeliverNotifications</c>, the only sender: the tick never waits on a channel, so a slow or dead one cannot
/// delay the next evaluation.
/// </summary>
internal sealed partial class AlertTickObserver(
    RuleStore rules,
    AlertStateStore states,
    SilenceStore silences,
    WatermarkStore watermarks,
    AlertingVersion version,
    NotificationFactory notifications,
    ChannelDirectory channels,
    OutboxDispatcher dispatcher,
    OutboxStore outbox,
    ILogger<AlertTickObserver> logger) : ITickObserver
{
    private AlertingMemory? _memory;

    public async Task OnTickAsync(MonitorTickResult tick, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tick);
        if (tick.Outcome == TickOutcome.Skipped)
        {
            return;
        }

        // Taken out until this tick has stored its decisions: a tick that fails half-way leaves the next one to read afresh.
        var known = Interlocked.Exchange(ref _memory, null);
        var control = await watermarks.ReadForTickAsync(cancellationToken);
        version.Saw(tick.StartedAt, control.Version);
        var memory = known is not null && tick.FollowsOwnTick && known.Version == control.Version ? known : await LoadAsync(control.Version, cancellationToken);
        var (marks, first) = await AdvanceWatermarksAsync(tick, control, cancellationToken);

        var result = memory.Engine.Evaluate(new AlertTickInput(
            tick.Snapshot,
            first ? null : tick.PreviousPositions,
            tick.Snapshot is null ? null : tick.PriceHistory,
            marks,
            tick.Status ?? TickStatus.None,
            memory.Silences,
            tick.StartedAt,
            tick.Streamed));
        var (toSend, allStored) = await CommitAllAsync(result, memory, tick.StartedAt, cancellationToken);
        if (allStored)
        {
            Volatile.Write(ref _memory, memory);
        }

        foreach (var entry in toSend)
        {
            await TryReleaseAsync(entry, cancellationToken);
        }
    }

    // Commits every changed pair; the memory follows what was stored. False when any pair lost to another writer.
    private async Task<(List<StoredOutboxEntry> ToSend, bool AllStored)> CommitAllAsync(AlertTickResult result, AlertingMemory memory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var toSend = new List<StoredOutboxEntry>();
        var allStored = true;
        foreach (var state in result.ChangedStates)
        {
            var decisions = result.Decisions.Where(d => d.Rule.Id == state.RuleId && d.SubjectKey == state.SubjectKey).ToList();
            var (committed, stored) = await CommitAsync(state, decisions, memory.ETagOf(state), now, cancellationToken);
            if (stored is { } row)
            {
                memory.Stored(row.State, row.ETag);
            }
            else
            {
                allStored = false;
            }

            toSend.AddRange(committed);
        }

        return (toSend, allStored);
    }

    private async Task<AlertingMemory> LoadAsync(ETag version, CancellationToken cancellationToken)
    {
        var invalid = new List<string>();
        var ruleSet = rules.LoadCompiledAsync(invalid, cancellationToken);
        var stored = states.LoadAllAsync(cancellationToken);
        var silenced = silences.LoadAllAsync(cancellationToken);
        await Task.WhenAll(ruleSet, stored, silenced);
        foreach (var id in invalid)
        {
            LogInvalidRule(logger, id);
        }

        return new AlertingMemory(version, await ruleSet, await silenced, await stored);
    }

    private async Task TryReleaseAsync(StoredOutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.ReleaseAsync(entry, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The row is stored and claimed; DeliverNotifications sends it when the claim runs out.
            LogReleaseDeferred(logger, exception, entry.Entry.Channel, entry.Entry.IdempotencyKey);
        }
    }

    private async Task<(AccountWatermarks? Marks, bool First)> AdvanceWatermarksAsync(MonitorTickResult tick, TickControl control, CancellationToken cancellationToken)
    {
        var first = control.Watermarks is null;
        if (tick.Snapshot is not { } snapshot)
        {
            return (control.Watermarks, first);
        }

        return (await watermarks.AdvanceAsync(control, snapshot.Account.Equity, tick.StartedAt, cancellationToken), first);
    }

    // The rows to send, and the pair's state as stored afterwards (null when another writer's change won).
    private async Task<(IReadOnlyList<StoredOutboxEntry> Owned, StoredAlertState? Stored)> CommitAsync(
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

            if (await states.TryWriteAsync(state, readETag, cancellationToken) is { } written)
            {
                return (owned, new StoredAlertState(state, written));
            }

            var winner = await states.FindAsync(state.RuleId, state.SubjectKey, cancellationToken);
            if (winner is not null && SameEpisodeStep(winner.State, state))
            {
                // Another writer stored the very same decision; the rows carry its idempotency keys, so they stay.
                return (owned, winner);
            }

            LogStateConflict(logger, state.RuleId, state.SubjectKey);
        }
        catch (Exception) when (owned.Count > 0)
        {
            await RemoveAsync(owned);
            throw;
        }

        await RemoveAsync(owned);
        return ([], null);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release {Channel}/{Key} for delivery; it is sent when its claim runs out")]
    private static partial void LogReleaseDeferred(ILogger logger, Exception exception, string channel, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert state {RuleId}/{SubjectKey} changed concurrently; this tick's decision is dropped and the next tick decides again")]
    private static partial void LogStateConflict(ILogger logger, string ruleId, string subjectKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not remove uncommitted outbox row {Channel}/{Key}; it may be delivered although its state change was not stored")]
    private static partial void LogCleanupFailed(ILogger logger, Exception exception, string channel, string key);
}
