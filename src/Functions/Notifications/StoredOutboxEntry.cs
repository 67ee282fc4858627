using Azure;

namespace Sentinel.Functions.Notifications;

/// <summary>An outbox row as read or last written, with its ETag; <paramref name="IsNotice"/> marks a dead-letter notice (which never raises another).</summary>
public sealed record StoredOutboxEntry(OutboxEntry Entry, ETag ETag, bool IsNotice);
