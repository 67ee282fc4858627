using Bitget.Client.Exchange;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Price history in the <c>pricehistory</c> table: one row per symbol (partition <c>series</c>) holding its whole
/// <see cref="PriceSeries"/> in one binary property. A tick reads the partition in one query (up to 1,000
/// symbols a page) and writes it back in transactions of 100 rows, each row replaced only under the ETag it was
/// read with, so an overlapping tick can never interleave samples or lose them silently.
/// </summary>
public sealed class PriceHistoryStore(TableServiceClient service)
{
    internal const string Partition = "series";
    internal const string SamplesProperty = "Samples";

    private readonly TableClient _table = service.GetTableClient(StateTables.PriceHistory);

    /// <summary>Every stored series by symbol, with the rows they came from.</summary>
    internal async Task<Dictionary<string, TableEntity>> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryAsync(TableFilter.Create($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows[row.RowKey] = row;
        }

        return rows;
    }

    /// <summary>
    /// Appends each ticker's last price at the snapshot's read time, drops symbols with no sample inside the
    /// window, stores the result and returns every series kept.
    /// </summary>
    internal async Task<IReadOnlyDictionary<string, PriceSeries>> AppendAsync(
        ExchangeSnapshot snapshot, Dictionary<string, TableEntity> stored, PriceHistoryOptions options, CancellationToken cancellationToken)
    {
        var series = new Dictionary<string, PriceSeries>(StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>(snapshot.Tickers.Count);
        foreach (var ticker in snapshot.Tickers)
        {
            stored.TryGetValue(ticker.Symbol, out var row);
            var next = Read(row).Append(new PriceSample(snapshot.ReadAt, ticker.LastPrice), options);
            series[ticker.Symbol] = next;
            actions.Add(TableBatches.ReplaceIfUnchanged(new TableEntity(Partition, ticker.Symbol) { [SamplesProperty] = next.ToBytes() }, row));
        }

        foreach (var (symbol, row) in stored)
        {
            if (series.ContainsKey(symbol))
            {
                continue;
            }

            var old = Read(row);
            if (old.Latest is { } latest && latest.At >= snapshot.ReadAt - options.Window)
            {
                series[symbol] = old;
            }
            else
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag));
            }
        }

        if (actions.Count > 0)
        {
            await TableBatches.SubmitAsync(_table, actions, cancellationToken).ConfigureAwait(false);
        }

        return series;
    }

    /// <summary>One symbol's stored series; empty when none is stored.</summary>
    public async Task<PriceSeries> ReadAsync(string symbol, CancellationToken cancellationToken = default) =>
        Read(await _table.GetEntityIfExistsAsync(Partition, symbol, cancellationToken).ConfigureAwait(false));

    private static PriceSeries Read(TableEntity? row) =>
        row?.GetBinary(SamplesProperty) is { } bytes ? PriceSeries.FromBytes(bytes) : PriceSeries.Empty;
}
