using Azure;
using Azure.Data.Tables;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// <see cref="RiskState"/>s, rows <c>state</c>/<c>{rule}~{subject}</c> of the <c>mitigation</c> table. Every write is
/// under the ETag the state was read with; a write that loses returns false and the next tick decides again.
/// </summary>
internal sealed class RiskStateStore(RiskTables tables)
{
    private const string Partition = "state";

    public async Task<IReadOnlyList<StoredRiskState>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var states = new List<StoredRiskState>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states.Add(new StoredRiskState(Read(entity), entity.ETag));
        }

        return states;
    }

    /// <summary>Writes under <paramref name="etag"/> (insert when null); the new ETag, or null when another writer won.</summary>
    public async Task<ETag?> TryWriteAsync(RiskState state, ETag? etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = etag is { } match
                ? await table.UpdateEntityAsync(Write(state), match, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await table.AddEntityAsync(Write(state), cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag;
        }
        catch (RequestFailedException e) when (RiskTables.IsConflict(e))
        {
            return null;
        }
    }

    /// <summary>Deletes an ended episode's state if it is still as read; false when it changed or is gone.</summary>
    public async Task<bool> TryDeleteAsync(RiskState state, ETag etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(Partition, RowKey(state), etag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    private static string RowKey(RiskState state) => state.RuleId + "~" + state.SubjectKey;

    private static TableEntity Write(RiskState state) => new(Partition, RowKey(state))
    {
        ["RuleId"] = state.RuleId,
        ["SubjectKey"] = state.SubjectKey,
        ["BreachCount"] = state.BreachCount,
        ["EpisodeStartedAt"] = state.EpisodeStartedAt,
        ["NextStage"] = state.NextStage,
        ["LastStepAt"] = state.LastStepAt,
        ["LastAttemptAt"] = state.LastAttemptAt,
        ["StopTrigger"] = TableValues.Write(state.StopTrigger),
    };

    private static RiskState Read(TableEntity entity) => new(
        entity.GetString("RuleId") ?? string.Empty,
        entity.GetString("SubjectKey") ?? string.Empty,
        entity.GetInt32("BreachCount") ?? 0,
        entity.GetDateTimeOffset("EpisodeStartedAt"),
        entity.GetInt32("NextStage") ?? 0,
        entity.GetDateTimeOffset("LastStepAt"),
        entity.GetDateTimeOffset("LastAttemptAt"),
        TableValues.ReadDecimal(entity.GetString("StopTrigger")));
}
