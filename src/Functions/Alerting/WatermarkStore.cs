using Azure.Data.Tables;
using Sentinel.Functions.Alerts;
using Sentinel.Functions.State;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Day-start and peak equity (<see cref="AccountWatermarks"/>) in the <c>control</c> table, row
/// (<c>alerts</c>, <c>watermarks</c>), advanced once per successful tick through <see cref="OptimisticUpdate"/>.
/// </summary>
public sealed class WatermarkStore(StateTableClients tables)
{
    private const string Partition = "alerts";
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
