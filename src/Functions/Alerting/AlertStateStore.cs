using Azure;
using Sentinel.Functions.Alerts;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// The <c>alertstates</c> table: one row per (rule, subject) pair that ever breached. Every write is
/// conditional: the tick writes under the ETag it read, an acknowledgement goes through
/// <see cref="OptimisticUpdate"/>, so neither overwrites the other.
/// </summary>
public sealed class AlertStateStore(TableServiceClient service)
{
    private readonly TableClient _table = service.GetTableClient(StateTables.AlertStates);

    /// <summary>Every stored state with the ETag it was read with.</summary>
    public async Task<IReadOnlyList<StoredAlertState>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var states = new List<StoredAlertState>();
        await foreach (var entity in _table.QueryAsync(null, cancellationToken: cancellationToken))
        {
            states.Add(new StoredAlertState(AlertStateEntity.ToState(entity), entity.ETag));
        }

        return states;
    }

    public async Task<StoredAlertState?> FindAsync(string ruleId, string subjectKey, CancellationToken cancellationToken = default)
    {
        var entity = await _table.GetEntityIfExistsAsync(ruleId, subjectKey, cancellationToken);
        return entity is null ? null : new StoredAlertState(AlertStateEntity.ToState(entity), entity.ETag);
    }

    /// <summary>
    /// Writes a state the tick decided: replace under <paramref name="readETag"/>, or insert when the pair was new
    /// (<c>default</c>). False when someone else wrote the row since it was read (the change is not applied).
    /// </summary>
    public async Task<bool> TryWriteAsync(AlertState state, ETag readETag, CancellationToken cancellationToken = default)
    {
        var entity = AlertStateEntity.ToEntity(state);
        try
        {
            if (readETag == default)
            {
                await _table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(entity, readETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (TableConcurrencyException)
        {
            return false;
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
            _table,
            ruleId,
            subjectKey,
            current =>
            {
                before = current is null ? null : AlertStateEntity.ToState(current);
                after = before?.Acknowledge(by, now);
                return after is null ? null : AlertStateEntity.ToEntity(after);
            },
            cancellationToken: cancellationToken);
        return new AckOutcome(before, after);
    }
}
