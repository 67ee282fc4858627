using System.Text;
using System.Text.Json;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// One notification for one channel, stored before it is sent (outbox pattern). Flat for a table entity:
/// PartitionKey = <see cref="Channel"/>, RowKey = <see cref="IdempotencyKey"/> (so storing the same notification
/// twice is a conflict, not a duplicate); <see cref="Version"/> grows on every change, the ETag guards writers.
/// </summary>
public sealed record OutboxEntry(
    string Channel,
    string IdempotencyKey,
    string Payload,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    long Version)
{
    public static OutboxEntry Create(AlertNotification notification, string channel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var payload = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(notification, NotificationJsonContext.Default.AlertNotification));
        return new OutboxEntry(channel, notification.IdempotencyKey, payload, OutboxStatus.Pending, 0, now, now, null, null, null, null, 1);
    }

    public AlertNotification ReadNotification() =>
        JsonSerializer.Deserialize(Payload, NotificationJsonContext.Default.AlertNotification)
        ?? throw new InvalidOperationException("Outbox payload is empty.");

    public bool IsDue(DateTimeOffset now) => Status == OutboxStatus.Pending && NextAttemptAt <= now;
}
