using Sentinel.Functions.Alerts;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Alerting;

/// <summary>Silences in the <c>control</c> table (PartitionKey <c>silence</c>, RowKey = silence id).</summary>
public sealed class SilenceStore(TableServiceClient service)
{
    private const string Partition = "silence";
    private readonly TableClient _table = service.GetTableClient(StateTables.Control);

    /// <summary>Every stored silence, expired ones included (the evaluator ignores those).</summary>
    public async Task<IReadOnlyList<Silence>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var silences = new List<Silence>();
        await foreach (var entity in _table.QueryAsync(TableFilter.Create($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
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
        await _table.AddEntityAsync(
            new TableEntity(Partition, silence.Id)
            {
                ["RuleId"] = silence.RuleId,
                ["Symbol"] = silence.Symbol,
                ["ExpiresAt"] = silence.ExpiresAt,
                ["CreatedBy"] = silence.CreatedBy,
                ["Comment"] = silence.Comment,
            },
            cancellationToken);
    }

    /// <summary>False when there was no such silence.</summary>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        _table.DeleteEntityAsync(Partition, id, cancellationToken: cancellationToken);
}
