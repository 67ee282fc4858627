using Azure;
using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// The <c>alertstates</c> table: one row per (rule, subject) pair that ever breached. Every write is
/// conditional: the tick writes under the ETag it read, an acknowledgement goes through
/// <see cref="OptimisticUpdate"/> (and bumps <see cref="AlertingVersion"/>), so neither overwrites the other.
/// </summary>
public sealed class AlertStateStore(StateTableClients tables, AlertingVersion version)
{
    private readonly LazyTableClient _table = tables.Get(StateTables.AlertStates);

    /// <summary>Every stored state with the ETag it was read with.</summary>
    public async Task<IReadOnlyList<StoredAlertState>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var states = new List<StoredAlertState>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            states.Add(new StoredAlertState(AlertStateEntity.ToState(entity), entity.ETag));
        }

        return states;
    }

    public async Task<StoredAlertState?> FindAsync(string ruleId, string subjectKey, CancellationToken cancellationToken = default)
    {
        var entity = await OptimisticUpdate.ReadAsync(await _table.GetAsync(cancellationToken), ruleId, subjectKey, cancellationToken);
        return entity is null ? null : new StoredAlertState(AlertStateEntity.ToState(entity), entity.ETag);
    }

    /// <summary>
    /// Writes a state the tick decided: replace under <paramref name="readETag"/>, or insert when the pair was new
    /// (<c>default</c>). Returns the row's new ETag; null when someone else wrote the row since it was read (the
    /// change is not applied).
    /// </summary>
    public async Task<ETag?> TryWriteAsync(AlertState state, ETag readETag, CancellationToken cancellationToken = default)
    {
        var entity = AlertStateEntity.ToEntity(state);
        var table = await _table.GetAsync(cancellationToken);
        try
        {
            var response = readETag == default
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, readETag, TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag ?? default;
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return null;
        }
    }

    /// <summary>
    /// Acknowledges a firing alert under its ETag (retrying on conflicts with the tick). Null when the pair does
    /// not exist; the unchanged state when it is not firing.
    /// </summary>
    public async Task<AckOutcome> AcknowledgeAsync(string ruleId, string subjectKey, string by, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        AlertState? before = null;
        AlertState? after = null;
        await OptimisticUpdate.ApplyAsync(
            await _table.GetAsync(cancellationToken),
            ruleId,
            subjectKey,
            current =>
            {
                before = current is null ? null : AlertStateEntity.ToState(current);
                after = before?.Acknowledge(by, now);
                return after is null ? null : AlertStateEntity.ToEntity(after);
            },
            cancellationToken: cancellationToken);
        if (after is not null)
        {
            await version.BumpAsync(cancellationToken);
        }

        return new AckOutcome(before, after);
    }
}
