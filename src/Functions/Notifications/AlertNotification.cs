namespace Sentinel.Functions.Notifications;

/// <summary>
/// A notification, fully formatted, as stored in the outbox and sent as the generic webhook's body (schema
/// version 1, documented in the README). Built once from a transition; re-sends reuse it unchanged, so the
/// body and <see cref="IdempotencyKey"/> are identical on every attempt.
/// </summary>
public sealed record AlertNotification(
    int SchemaVersion,
    string IdempotencyKey,
    string Event,
    string RuleId,
    string RuleType,
    string Severity,
    string SubjectKey,
    string? Symbol,
    string? Side,
    decimal? Value,
    decimal? Threshold,
    decimal? Clear,
    DateTimeOffset FiredAt,
    DateTimeOffset At,
    int Sequence,
    string Title,
    string Text,
    IReadOnlyList<NotificationFact> Facts,
    IReadOnlyList<NotificationLink> Links,
    NotificationPosition? Position)
{
    public const int CurrentSchemaVersion = 1;
}
