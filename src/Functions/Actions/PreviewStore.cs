using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bitget.Client.Trading;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// Previews in the <c>actions</c> table (partition <c>preview</c>), written once and read by id; expired ones are
/// pruned as new ones arrive, so the table does not grow with time.
/// </summary>
public sealed class PreviewStore(RiskTables tables)
{
    private const string Partition = "preview";
    private const int PruneBatch = 20;

    public async Task AddAsync(StoredPreview preview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var table = await tables.GetAsync(ActionTables.Actions, cancellationToken).ConfigureAwait(false);
        await table.AddEntityAsync(
            new TableEntity(Partition, preview.Id)
            {
                ["Input"] = JsonSerializer.Serialize(preview.Input),
                ["PositionSize"] = TableValues.Write(preview.PositionSize),
                ["PositionMode"] = preview.PositionMode?.ToString(),
                ["ClientOid"] = preview.ClientOid,
                ["CreatedAt"] = preview.CreatedAt,
                ["ExpiresAt"] = preview.ExpiresAt,
            },
            cancellationToken).ConfigureAwait(false);
        await PruneAsync(table, preview.CreatedAt, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredPreview?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(ActionTables.Actions, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return null;
        }

        return new StoredPreview(
            id,
            JsonSerializer.Deserialize<ActionInput>(entity.GetString("Input")!)!,
            TableValues.ReadDecimal(entity.GetString("PositionSize")) ?? 0m,
            entity.GetString("PositionMode") is { } mode ? Enum.Parse<PositionMode>(mode) : null,
            entity.GetString("ClientOid")!,
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue);
    }

    private static async Task PruneAsync(TableClient table, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Kept a day past expiry, so a late confirm is told "expired" rather than "unknown".
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ExpiresAt lt {now.AddDays(-1)}");
        var pruned = 0;
        await foreach (var expired in table.QueryAsync<TableEntity>(filter, maxPerPage: PruneBatch, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await table.DeleteEntityAsync(expired.PartitionKey, expired.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            if (++pruned >= PruneBatch)
            {
                break;
            }
        }
    }
}
