using Azure;
using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Day-start and peak equity (<see cref="AccountWatermarks"/>) in the <c>control</c> table, row
/// (<c>alerts</c>, <c>watermarks</c>), advanced once per successful tick under the ETag it was read with (falling
/// back to <see cref="OptimisticUpdate"/> when another writer got there first).
/// </summary>
internal sealed class WatermarkStore(StateTableClients tables)
{
    private const string Partition = AlertingVersion.Partition;
    private const string Row = "watermarks";
    private readonly LazyTableClient _table = tables.Get(StateTables.Control);

    /// <summary>Folds <paramref name="equity"/> into the stored watermarks (starting them on the first reading) and returns the result.</summary>
    public async Task<AccountWatermarks> AdvanceAsync(decimal equity, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        AccountWatermarks? advanced = null;
        await OptimisticUpdate.ApplyAsync(
            await _table.GetAsync(cancellationToken),
            Partition,
            Row,
            current =>
            {
                var stored = current is null ? null : Read(current);
                advanced = stored is null ? AccountWatermarks.Start(equity, now) : stored.Advance(equity, now);
                return Write(advanced);
            },
            cancellationToken: cancellationToken);
        return advanced!;
    }

    /// <summary>
    /// One query for what a tick needs from the <c>alerts</c> partition: the <see cref="AlertingVersion"/> ETag
    /// (<c>default</c> before any change) and the stored watermarks with their ETag.
    /// </summary>
    internal async Task<TickControl> ReadForTickAsync(CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken);
        var control = new TickControl(default, null, default);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            control = entity.RowKey switch
            {
                Row => control with { Watermarks = Read(entity), WatermarksETag = entity.ETag },
                AlertingVersion.Row => control with { Version = entity.ETag },
                _ => control,
            };
        }

        return control;
    }

    /// <summary>
    /// Folds <paramref name="equity"/> into the watermarks <paramref name="read"/> by <see cref="ReadForTickAsync"/>: one
    /// conditional write, or the full read-modify-write when another writer changed the row since.
    /// </summary>
    internal async Task<AccountWatermarks> AdvanceAsync(TickControl read, decimal equity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var advanced = read.Watermarks is null ? AccountWatermarks.Start(equity, now) : read.Watermarks.Advance(equity, now);
        var table = await _table.GetAsync(cancellationToken);
        try
        {
            var row = Write(advanced);
            row[OptimisticUpdate.WriteIdProperty] = Guid.NewGuid().ToString("N");
            await (read.WatermarksETag == default
                ? table.AddEntityAsync(row, cancellationToken)
                : table.UpdateEntityAsync(row, read.WatermarksETag, TableUpdateMode.Replace, cancellationToken));
            return advanced;
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return await AdvanceAsync(equity, now, cancellationToken);
        }
    }

    public async Task<AccountWatermarks?> ReadAsync(CancellationToken cancellationToken = default)
    {
        var entity = await OptimisticUpdate.ReadAsync(await _table.GetAsync(cancellationToken), Partition, Row, cancellationToken);
        return entity is null ? null : Read(entity);
    }

    private static AccountWatermarks? Read(TableEntity entity) =>
        entity.GetString("Day") is { } day
            ? new AccountWatermarks(
                DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                entity.GetDecimal("DayStartEquity") ?? 0m,
                entity.GetDecimal("PeakEquity") ?? 0m,
                entity.GetDateTimeOffset("PeakAt") ?? DateTimeOffset.MinValue,
                entity.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue)
            : null;

    private static TableEntity Write(AccountWatermarks watermarks) => new(Partition, Row)
    {
        ["Day"] = watermarks.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["DayStartEquity"] = TableDecimals.Stored(watermarks.DayStartEquity),
        ["PeakEquity"] = TableDecimals.Stored(watermarks.PeakEquity),
        ["PeakAt"] = watermarks.PeakAt,
        ["UpdatedAt"] = watermarks.UpdatedAt,
    };
}
