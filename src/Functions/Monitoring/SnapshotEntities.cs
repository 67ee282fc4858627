using Azure.Data.Tables;
using Bitget.Client.Trading;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Rows of the <c>snapshots</c> table, all in partition <c>tick</c> so one transaction writes a whole snapshot:
/// <c>tickers</c> and <c>positions</c> (each the full list, packed by <see cref="PackedRows"/>), <c>account</c>
/// (plain properties) and <c>status</c> (<see cref="TickStatusEntity"/>). Decimals are exact: JSON numbers inside
/// packed rows, invariant strings in plain ones, never doubles.
/// </summary>
internal static class SnapshotEntities
{
    public const string TickPartition = "tick";
    public const string TickersRow = "tickers";
    public const string PositionsRow = "positions";
    public const string AccountRow = "account";
    public const string StatusRow = "status";

    public static TableEntity Tickers(IReadOnlyList<ExchangeTicker> tickers, DateTimeOffset readAt) =>
        Packed(TickersRow, [.. tickers], SnapshotJsonContext.Default.ListExchangeTicker, readAt);

    public static IReadOnlyList<ExchangeTicker> ToTickers(TableEntity row) => PackedRows.Read(row, SnapshotJsonContext.Default.ListExchangeTicker);

    public static TableEntity Positions(IReadOnlyList<ExchangePosition> positions, DateTimeOffset readAt) =>
        Packed(PositionsRow, [.. positions], SnapshotJsonContext.Default.ListExchangePosition, readAt);

    public static IReadOnlyList<ExchangePosition> ToPositions(TableEntity row) => PackedRows.Read(row, SnapshotJsonContext.Default.ListExchangePosition);

    public static TableEntity Account(ExchangeAccount account, DateTimeOffset readAt) => TableRows.WithoutNulls(new(TickPartition, AccountRow)
    {
        ["MarginCoin"] = account.MarginCoin,
        ["Equity"] = TableDecimals.Stored(account.Equity),
        ["Available"] = TableDecimals.Stored(account.Available),
        ["UnrealizedPnl"] = TableDecimals.Stored(account.UnrealizedPnl),
        ["MarginRatio"] = TableDecimals.Stored(account.MarginRatio),
        ["ReadAt"] = readAt,
    });

    public static ExchangeAccount ToAccount(TableEntity row) => new(
        row.GetString("MarginCoin") ?? string.Empty,
        Required(row, "Equity"),
        Required(row, "Available"),
        Required(row, "UnrealizedPnl"),
        row.GetDecimal("MarginRatio"));

    public static DateTimeOffset? ReadAt(TableEntity row) => row.GetDateTimeOffset("ReadAt");

    private static TableEntity Packed<T>(string rowKey, List<T> items, System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> type, DateTimeOffset readAt)
    {
        var row = new TableEntity(TickPartition, rowKey) { ["ReadAt"] = readAt, ["Count"] = items.Count };
        PackedRows.Write(row, items, type);
        return row;
    }

    private static decimal Required(TableEntity row, string name) =>
        row.GetDecimal(name) ?? throw new InvalidOperationException($"Stored {row.PartitionKey} '{row.RowKey}' has no {name}.");
}
