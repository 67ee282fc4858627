using Bitget.Client.Exchange;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// The latest snapshot in the <c>snapshots</c> table (see <see cref="SnapshotEntities"/>). A tick writes each
/// partition in as few transactions as possible; the status row is replaced only under the ETag it was read
/// with, so of two overlapping ticks the slower one fails instead of overwriting the other's health record.
/// </summary>
public sealed class SnapshotStore(TableServiceClient service)
{
    private readonly TableClient _table = service.GetTableClient(StateTables.Snapshots);

    /// <summary>What the previous tick left: its status row (if any) and the stored positions.</summary>
    internal async Task<StoredTick> LoadPreviousAsync(CancellationToken cancellationToken)
    {
        var statusRow = await _table.GetEntityIfExistsAsync(SnapshotEntities.TickPartition, SnapshotEntities.StatusRow, cancellationToken).ConfigureAwait(false);
        return new StoredTick(statusRow, statusRow is null ? TickStatus.None : TickStatusEntity.ToStatus(statusRow));
    }

    internal async Task<IReadOnlyList<TableEntity>> LoadPartitionAsync(string partition, IEnumerable<string>? columns, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync(TableFilter.Create($"PartitionKey eq {partition}"), columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Stores tickers and positions (removing rows of symbols and positions that are gone), then account and status.</summary>
    internal async Task WriteSnapshotAsync(ExchangeSnapshot snapshot, IReadOnlyList<TableEntity> storedTickers, IReadOnlyList<TableEntity> storedPositions, StoredTick previous, TickStatus status, CancellationToken cancellationToken)
    {
        var tickers = snapshot.Tickers.Select(t => SnapshotEntities.Ticker(t, snapshot.ReadAt)).ToList();
        await WriteReplacingAsync(tickers, storedTickers, cancellationToken).ConfigureAwait(false);
        var positions = snapshot.Positions.Select(p => SnapshotEntities.Position(p, snapshot.ReadAt)).ToList();
        await WriteReplacingAsync(positions, storedPositions, cancellationToken).ConfigureAwait(false);
        await _table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, SnapshotEntities.Account(snapshot.Account, snapshot.ReadAt)),
                TableBatches.ReplaceIfUnchanged(TickStatusEntity.From(status), previous.Row),
            ],
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores the status of a tick that could not read the exchange; earlier data stays.</summary>
    internal Task WriteStatusAsync(StoredTick previous, TickStatus status, CancellationToken cancellationToken) =>
        _table.SubmitTransactionAsync([TableBatches.ReplaceIfUnchanged(TickStatusEntity.From(status), previous.Row)], cancellationToken);

    /// <summary>The stored tick status; null before the first tick.</summary>
    public async Task<TickStatus?> ReadStatusAsync(CancellationToken cancellationToken = default)
    {
        var row = await _table.GetEntityIfExistsAsync(SnapshotEntities.TickPartition, SnapshotEntities.StatusRow, cancellationToken).ConfigureAwait(false);
        return row is null ? null : TickStatusEntity.ToStatus(row);
    }

    /// <summary>The stored positions of the last successful tick.</summary>
    public async Task<IReadOnlyList<ExchangePosition>> ReadPositionsAsync(CancellationToken cancellationToken = default) =>
        (await LoadPartitionAsync(SnapshotEntities.PositionPartition, null, cancellationToken).ConfigureAwait(false))
            .Select(SnapshotEntities.ToPosition)
            .ToList();

    /// <summary>The stored tickers, or one symbol's.</summary>
    public async Task<IReadOnlyList<ExchangeTicker>> ReadTickersAsync(string? symbol = null, CancellationToken cancellationToken = default)
    {
        if (symbol is null)
        {
            return (await LoadPartitionAsync(SnapshotEntities.TickerPartition, null, cancellationToken).ConfigureAwait(false)).Select(SnapshotEntities.ToTicker).ToList();
        }

        var row = await _table.GetEntityIfExistsAsync(SnapshotEntities.TickerPartition, symbol, cancellationToken).ConfigureAwait(false);
        return row is null ? [] : [SnapshotEntities.ToTicker(row)];
    }

    /// <summary>The stored account and when it was read; null before the first successful tick.</summary>
    public async Task<(ExchangeAccount Account, DateTimeOffset ReadAt)?> ReadAccountAsync(CancellationToken cancellationToken = default)
    {
        var row = await _table.GetEntityIfExistsAsync(SnapshotEntities.TickPartition, SnapshotEntities.AccountRow, cancellationToken).ConfigureAwait(false);
        return row is null ? null : (SnapshotEntities.ToAccount(row), SnapshotEntities.ReadAt(row) ?? default);
    }

    private async Task WriteReplacingAsync(List<TableEntity> rows, IReadOnlyList<TableEntity> stored, CancellationToken cancellationToken)
    {
        var current = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(stored.Where(s => !current.Contains(s.RowKey)).Select(s => new TableTransactionAction(TableTransactionActionType.Delete, s, s.ETag)))
            .ToList();
        if (actions.Count > 0)
        {
            await TableBatches.SubmitAsync(_table, actions, cancellationToken).ConfigureAwait(false);
        }
    }
}
