using System.Globalization;
using Azure.Data.Tables;
using Azure;
using Sentinel.Functions.Platform.State.Transactions;
using Sentinel.Functions.Platform.State;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Price history in the <c>pricehistory</c> table, append-only: one row per tick (partition <c>ticks</c>, RowKey =
/// the read time's UTC ticks, so rows list oldest first) holding every symbol's last price, packed by
/// <see cref="PackedRows"/>. A tick adds its row and deletes the rows <see cref="PriceRetention"/> no longer keeps,
/// in one transaction (more only when catching up after a long pause), so its cost does not grow with the history.
/// A cold instance reads the partition once and replays it (<see cref="PriceLog.Replay"/>).
/// </summary>
public sealed class PriceHistoryStore(StateTableClients tables)
{
    internal const string Partition = "ticks";

    private readonly LazyTableClient _table = tables.Get(StateTables.PriceHistory);

    internal async Task<PriceLog> LoadAsync(CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<PriceRow>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new PriceRow(row.GetDateTimeOffset("At") ?? default, PackedRows.Read(row, SnapshotJsonContext.Default.DictionaryStringDecimal)));
        }

        return PriceLog.Replay(rows);
    }

    /// <summary>Adds the step's row and deletes its dropped rows, the add in the first transaction.</summary>
    internal async Task WriteAsync(PriceStep step, CancellationToken cancellationToken)
    {
        if (step.Added is not { } added)
        {
            return;
        }

        var row = new TableEntity(Partition, RowKey(added.At)) { ["At"] = added.At, ["Count"] = added.Prices.Count };
        PackedRows.Write(row, added.Prices.ToDictionary(StringComparer.Ordinal), SnapshotJsonContext.Default.DictionaryStringDecimal);
        var actions = new List<TableTransactionAction>(1 + step.Dropped.Count) { new(TableTransactionActionType.Add, row) };
        actions.AddRange(step.Dropped.Select(at => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, RowKey(at)), ETag.All)));
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        await TableTransactions.SubmitInChunksAsync(table, actions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One symbol's stored series; empty when none is stored. Reads the whole history (for the API and tests, not the tick).</summary>
    public async Task<PriceSeries> ReadAsync(string symbol, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).Series.GetValueOrDefault(symbol, PriceSeries.Empty);

    private static string RowKey(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
