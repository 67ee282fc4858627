using Azure.Data.Tables;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Notifications;

/// <summary>Maps <see cref="OutboxEntry"/> onto one <c>outbox</c> row: PartitionKey = channel, RowKey = idempotency key.</summary>
internal static class OutboxEntity
{
    public static TableEntity ToEntity(OutboxEntry entry, bool isNotice)
    {
        return TableRows.WithoutNulls(new TableEntity(entry.Channel, entry.IdempotencyKey)
        {
            ["Payload"] = entry.Payload,
            ["Status"] = entry.Status.ToString(),
            ["Attempts"] = entry.Attempts,
            ["CreatedAt"] = entry.CreatedAt,
            ["NextAttemptAt"] = entry.NextAttemptAt,
            ["LastAttemptAt"] = entry.LastAttemptAt,
            ["LastStatusCode"] = entry.LastStatusCode,
            ["LastError"] = entry.LastError,
            ["DeliveredAt"] = entry.DeliveredAt,
            ["Version"] = entry.Version,
            ["IsNotice"] = isNotice,
        });
    }

    public static StoredOutboxEntry ToStored(TableEntity entity) => new(
        new OutboxEntry(
            entity.PartitionKey,
            entity.RowKey,
            entity.GetString("Payload") ?? string.Empty,
            Enum.Parse<OutboxStatus>(entity.GetString("Status") ?? nameof(OutboxStatus.Pending)),
            entity.GetInt32("Attempts") ?? 0,
            entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("LastAttemptAt"),
            entity.GetInt32("LastStatusCode"),
            entity.GetString("LastError"),
            entity.GetDateTimeOffset("DeliveredAt"),
            entity.GetInt64("Version") ?? 0),
        entity.ETag,
        entity.GetBoolean("IsNotice") ?? false);
}
