namespace Sentinel.Core.Alerts;

/// <summary>
/// The persisted lifecycle of one (rule, subject) pair. Flat and serializable so it maps onto one table entity:
/// PartitionKey = <see cref="RuleId"/>, RowKey = <see cref="SubjectKey"/>; <see cref="Version"/> grows with every
/// change and the table's ETag guards concurrent writers.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="SubjectKey">What the rule looked at: <c>BTCUSDT</c>, <c>BTCUSDT:long</c>, <c>account</c> or <c>sentinel</c>.</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="ConsecutiveBreaches">Evaluations in a row the condition has held.</param>
/// <param name="PendingSince">When the current breach began; for a price crossing, the time of the sample taken just before the last crossing reported (so each crossing is reported once).</param>
/// <param name="FiredAt">When the current (or last) episode fired; part of the idempotency key.</param>
/// <param name="LastNotifiedAt">When the last firing or reminder notification went out; null while none has (e.g. silenced).</param>
/// <param name="NotificationSequence">Notifications of the current episode so far (reminders count up).</param>
/// <param name="AcknowledgedAt">When someone acknowledged the firing alert; cleared on resolve.</param>
/// <param name="AcknowledgedBy">Who acknowledged.</param>
/// <param name="ResolvedAt">When the last episode resolved.</param>
/// <param name="LastValue">The value at the last transition.</param>
/// <param name="ChangedAt">When this record last changed.</param>
/// <param name="Version">Change counter.</param>
public sealed record AlertState(
    string RuleId,
    string SubjectKey,
    AlertStatus Status,
    int ConsecutiveBreaches,
    DateTimeOffset? PendingSince,
    DateTimeOffset? FiredAt,
    DateTimeOffset? LastNotifiedAt,
    int NotificationSequence,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? ResolvedAt,
    decimal? LastValue,
    DateTimeOffset ChangedAt,
    long Version)
{
    /// <summary>Acknowledges a firing alert: reminders stop until it resolves. Returns null when it is not firing.</summary>
    public AlertState? Acknowledge(string by, DateTimeOffset now) =>
        Status != AlertStatus.Firing
            ? null
            : this with { AcknowledgedAt = now, AcknowledgedBy = by, ChangedAt = now, Version = Version + 1 };
}
