using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Alerting;

/// <summary>Silences in the <c>control</c> table (PartitionKey <c>silence</c>, RowKey = silence id).</summary>
public sealed class SilenceStore(StateTableClients tables, AlertingVersion version)
{
    private const string Partition = "silence";
    private readonly LazyTableClient _table = tables.Get(StateTables.Control);

    /// <summary>Every stored silence, expired ones included (the evaluator ignores those).</summary>
    public async Task<IReadOnlyList<Silence>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var silences = new List<Silence>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            silences.Add(new Silence(
                entity.RowKey,
                entity.GetString("RuleId"),
                entity.GetString("Symbol"),
                entity.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue,
                entity.GetString("CreatedBy"),
                entity.GetString("Comment")));
        }

        return silences;
    }

    public async Task AddAsync(Silence silence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(silence);
        var table = await _table.GetAsync(cancellationToken);
        await table.AddEntityAsync(
            TableRows.WithoutNulls(new TableEntity(Partition, silence.Id)
            {
                ["RuleId"] = silence.RuleId,
                ["Symbol"] = silence.Symbol,
                ["ExpiresAt"] = silence.ExpiresAt,
                ["CreatedBy"] = silence.CreatedBy,
                ["Comment"] = silence.Comment,
            }),
            cancellationToken);
        await version.BumpAsync(cancellationToken);
    }

    /// <summary>False when there was no such silence.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var response = await (await _table.GetAsync(cancellationToken)).DeleteEntityAsync(Partition, id, cancellationToken: cancellationToken);
        await version.BumpAsync(cancellationToken);
        return response.Status != 404;
    }
}
