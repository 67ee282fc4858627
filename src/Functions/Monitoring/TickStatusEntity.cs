using Azure.Data.Tables;
using Bitget.Client.Exchange;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Monitoring;

/// <summary>The <see cref="TickStatus"/> row (<c>snapshots</c>, partition <c>tick</c>, row <c>status</c>).</summary>
internal static class TickStatusEntity
{
    public static TableEntity From(TickStatus status) => TableRows.WithoutNulls(new(SnapshotEntities.TickPartition, SnapshotEntities.StatusRow)
    {
        ["LastAttemptAt"] = status.LastAttemptAt,
        ["LastOutcome"] = status.LastOutcome.ToString(),
        ["LastDurationMs"] = status.LastDuration.TotalMilliseconds,
        ["LastFailureKind"] = status.LastFailure?.Kind.ToString(),
        ["LastFailureMessage"] = status.LastFailure?.Message,
        ["LastSuccessAt"] = status.LastSuccessAt,
        ["LastReadAt"] = status.LastReadAt,
        ["ConsecutiveFailures"] = status.ConsecutiveFailures,
        ["AccountKind"] = status.AccountKind?.ToString(),
        ["TickerCount"] = status.TickerCount,
        ["PositionCount"] = status.PositionCount,
    });

    public static TickStatus ToStatus(TableEntity row)
    {
        var failureKind = row.GetString("LastFailureKind");
        var accountKind = row.GetString("AccountKind");
        return new TickStatus(
            row.GetDateTimeOffset("LastAttemptAt") ?? DateTimeOffset.MinValue,
            Enum.Parse<TickOutcome>(row.GetString("LastOutcome") ?? nameof(TickOutcome.Skipped)),
            TimeSpan.FromMilliseconds(row.GetDouble("LastDurationMs") ?? 0),
            failureKind is null ? null : new TickFailure(Enum.Parse<TickFailureKind>(failureKind), row.GetString("LastFailureMessage") ?? string.Empty),
            row.GetDateTimeOffset("LastSuccessAt"),
            row.GetDateTimeOffset("LastReadAt"),
            row.GetInt32("ConsecutiveFailures") ?? 0,
            accountKind is null ? null : Enum.Parse<AccountKind>(accountKind),
            row.GetInt32("TickerCount") ?? 0,
            row.GetInt32("PositionCount") ?? 0);
    }
}
