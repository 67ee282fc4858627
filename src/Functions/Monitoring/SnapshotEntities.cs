using Bitget.Client.Exchange;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Rows of the <c>snapshots</c> table: one per ticker (partition <c>ticker</c>, row = symbol), one per position
/// side (partition <c>position</c>, row = <c>SYMBOL-long|short</c>), and partition <c>tick</c> with the account
/// (<c>account</c>) and the tick status (<c>status</c>). Decimals are invariant strings, never doubles.
/// </summary>
internal static class SnapshotEntities
{
    public const string TickerPartition = "ticker";
    public const string PositionPartition = "position";
    public const string TickPartition = "tick";
    public const string AccountRow = "account";
    public const string StatusRow = "status";

    public static string PositionRow(string symbol, PositionSide side) =>
        $"{symbol}-{(side == PositionSide.Long ? "long" : "short")}";

    public static TableEntity Ticker(ExchangeTicker ticker, DateTimeOffset readAt) => new(TickerPartition, ticker.Symbol)
    {
        ["LastPrice"] = ticker.LastPrice,
        ["MarkPrice"] = ticker.MarkPrice,
        ["IndexPrice"] = ticker.IndexPrice,
        ["BidPrice"] = ticker.BidPrice,
        ["AskPrice"] = ticker.AskPrice,
        ["FundingRate"] = ticker.FundingRate,
        ["OpenInterest"] = ticker.OpenInterest,
        ["Change24h"] = ticker.Change24h,
        ["ExchangeTime"] = ticker.Timestamp,
        ["ReadAt"] = readAt,
    };

    public static ExchangeTicker ToTicker(TableEntity row) => new(
        row.RowKey,
        Required(row, "LastPrice"),
        row.GetDecimal("MarkPrice"),
        row.GetDecimal("IndexPrice"),
        row.GetDecimal("BidPrice"),
        row.GetDecimal("AskPrice"),
        row.GetDecimal("FundingRate"),
        row.GetDecimal("OpenInterest"),
        row.GetDecimal("Change24h"),
        row.GetDateTimeOffset("ExchangeTime") ?? default);

    public static TableEntity Position(ExchangePosition position, DateTimeOffset readAt) => new(PositionPartition, PositionRow(position.Symbol, position.Side))
    {
        ["Symbol"] = position.Symbol,
        ["MarginCoin"] = position.MarginCoin,
        ["Side"] = position.Side.ToString(),
        ["Mode"] = position.Mode.ToString(),
        ["MarginMode"] = position.MarginMode.ToString(),
        ["Size"] = position.Size,
        ["Available"] = position.Available,
        ["EntryPrice"] = position.EntryPrice,
        ["MarkPrice"] = position.MarkPrice,
        ["LiquidationPrice"] = position.LiquidationPrice,
        ["UnrealizedPnl"] = position.UnrealizedPnl,
        ["Margin"] = position.Margin,
        ["Leverage"] = position.Leverage,
        ["MaintenanceMarginRate"] = position.MaintenanceMarginRate,
        ["OpenedAt"] = position.OpenedAt,
        ["UpdatedAt"] = position.UpdatedAt,
        ["ReadAt"] = readAt,
    };

    public static ExchangePosition ToPosition(TableEntity row) => new(
        row.GetString("Symbol") ?? string.Empty,
        row.GetString("MarginCoin") ?? string.Empty,
        Enum.Parse<PositionSide>(row.GetString("Side") ?? string.Empty),
        Enum.Parse<PositionMode>(row.GetString("Mode") ?? string.Empty),
        Enum.Parse<MarginMode>(row.GetString("MarginMode") ?? string.Empty),
        Required(row, "Size"),
        Required(row, "Available"),
        Required(row, "EntryPrice"),
        Required(row, "MarkPrice"),
        row.GetDecimal("LiquidationPrice"),
        Required(row, "UnrealizedPnl"),
        Required(row, "Margin"),
        Required(row, "Leverage"),
        row.GetDecimal("MaintenanceMarginRate"),
        row.GetDateTimeOffset("OpenedAt"),
        row.GetDateTimeOffset("UpdatedAt") ?? default);

    public static TableEntity Account(ExchangeAccount account, DateTimeOffset readAt) => new(TickPartition, AccountRow)
    {
        ["MarginCoin"] = account.MarginCoin,
        ["Equity"] = account.Equity,
        ["Available"] = account.Available,
        ["UnrealizedPnl"] = account.UnrealizedPnl,
        ["MarginRatio"] = account.MarginRatio,
        ["ReadAt"] = readAt,
    };

    public static ExchangeAccount ToAccount(TableEntity row) => new(
        row.GetString("MarginCoin") ?? string.Empty,
        Required(row, "Equity"),
        Required(row, "Available"),
        Required(row, "UnrealizedPnl"),
        row.GetDecimal("MarginRatio"));

    public static DateTimeOffset? ReadAt(TableEntity row) => row.GetDateTimeOffset("ReadAt");

    private static decimal Required(TableEntity row, string name) =>
        row.GetDecimal(name) ?? throw new InvalidOperationException($"Stored {row.PartitionKey} '{row.RowKey}' has no {name}.");
}
