using System.Globalization;
using Azure.Data.Tables;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Platform.Audit;

/// <summary>
/// The append-only <c>audit</c> table: one row per change, only ever inserted. PartitionKey = the UTC day
/// (<c>yyyyMMdd</c>); RowKey = inverted ticks plus a random suffix, so a day's rows list newest first and two
/// changes in the same tick never collide.
/// </summary>
public sealed class AuditLog(StateTableClients tables, TimeProvider timeProvider)
{
    private readonly LazyTableClient _table = tables.Get(StateTables.Audit);

    public async Task WriteAsync(string who, string action, string target, string? before, string? after, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var table = await _table.GetAsync(cancellationToken);
        await table.AddEntityAsync(
            TableRows.WithoutNulls(new TableEntity(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), rowKey)
            {
                ["Who"] = who,
                ["Action"] = action,
                ["Target"] = target,
                ["Before"] = before,
                ["After"] = after,
                ["At"] = now,
            }),
            cancellationToken);
    }

    /// <summary>The rows of one UTC day, newest first.</summary>
    public async Task<IReadOnlyList<TableEntity>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var rows = new List<TableEntity>();
        var partition = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
