using Azure;
using Azure.Data.Tables;
using Bitget.Client.Trading;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.State.Transactions;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// The latest snapshot in the <c>snapshots</c> table (see <see cref="SnapshotEntities"/>). A tick writes it in one
/// transaction whose status row is replaced only under the ETag it was read (or last written) with, so of two
/// overlapping ticks the slower one fails as a whole instead of overwriting the other's snapshot or health record.
/// </summary>
public sealed class SnapshotStore(StateTableClients tables)
{
    private readonly LazyTableClient _table = tables.Get(StateTables.Snapshots);

    /// <summary>The status row as stored (with its ETag); <see cref="TickStatus.None"/> before the first tick.</summary>
    internal async Task<StoredTick> LoadStatusAsync(CancellationToken cancellationToken)
    {
        var row = await ReadRowAsync(SnapshotEntities.StatusRow, cancellationToken).ConfigureAwait(false);
        return row is null ? new StoredTick(default, TickStatus.None) : new StoredTick(row.ETag, TickStatusEntity.ToStatus(row));
    }

    /// <summary>
    /// Stores tickers, positions, account and status in one transaction (a symbol or position that is gone is simply
    /// not in the new lists). Returns the status row's new ETag.
    /// </summary>
    internal async Task<ETag> WriteSnapshotAsync(ExchangeSnapshot snapshot, StoredTick previous, TickStatus status, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var responses = await TableTransactions.SubmitAsync(
            table,
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, SnapshotEntities.Tickers(snapshot.Tickers, snapshot.ReadAt)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, SnapshotEntities.Positions(snapshot.Positions, snapshot.ReadAt)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, SnapshotEntities.Account(snapshot.Account, snapshot.ReadAt)),
                TableTransactions.ReplaceIfUnchanged(TickStatusEntity.From(status), previous.ETag),
            ],
            cancellationToken).ConfigureAwait(false);
        return responses[^1].Headers.ETag ?? default;
    }

    /// <summary>Stores the status of a tick that could not read the exchange; earlier data stays. Returns the row's new ETag.</summary>
    internal async Task<ETag> WriteStatusAsync(StoredTick previous, TickStatus status, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var row = TickStatusEntity.From(status);
        var response = previous.ETag == default
            ? await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
            : await table.UpdateEntityAsync(row, previous.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return response.Headers.ETag ?? default;
    }

    /// <summary>The stored tick status; null before the first tick.</summary>
    public async Task<TickStatus?> ReadStatusAsync(CancellationToken cancellationToken = default)
    {
        var row = await ReadRowAsync(SnapshotEntities.StatusRow, cancellationToken).ConfigureAwait(false);
        return row is null ? null : TickStatusEntity.ToStatus(row);
    }

    /// <summary>The stored positions of the last successful tick.</summary>
    public async Task<IReadOnlyList<ExchangePosition>> ReadPositionsAsync(CancellationToken cancellationToken = default) =>
        await ReadRowAsync(SnapshotEntities.PositionsRow, cancellationToken).ConfigureAwait(false) is { } row ? SnapshotEntities.ToPositions(row) : [];

    /// <summary>The stored tickers by symbol, or one symbol's.</summary>
    public async Task<IReadOnlyList<ExchangeTicker>> ReadTickersAsync(string? symbol = null, CancellationToken cancellationToken = default)
    {
        var row = await ReadRowAsync(SnapshotEntities.TickersRow, cancellationToken).ConfigureAwait(false);
        var tickers = row is null ? [] : SnapshotEntities.ToTickers(row);
        return [.. tickers.Where(t => symbol is null || t.Symbol == symbol).OrderBy(t => t.Symbol, StringComparer.Ordinal)];
    }

    /// <summary>The stored account and when it was read; null before the first successful tick.</summary>
    public async Task<(ExchangeAccount Account, DateTimeOffset ReadAt)?> ReadAccountAsync(CancellationToken cancellationToken = default)
    {
        var row = await ReadRowAsync(SnapshotEntities.AccountRow, cancellationToken).ConfigureAwait(false);
        return row is null ? null : (SnapshotEntities.ToAccount(row), SnapshotEntities.ReadAt(row) ?? default);
    }

    private async Task<TableEntity?> ReadRowAsync(string rowKey, CancellationToken cancellationToken) =>
        await OptimisticUpdate.ReadAsync(await _table.GetAsync(cancellationToken).ConfigureAwait(false), SnapshotEntities.TickPartition, rowKey, cancellationToken).ConfigureAwait(false);
}
