namespace Sentinel.Functions.Alerts;

/// <summary>How the monitoring tick has been doing; the tick maintains it and health rules read it.</summary>
/// <param name="LastSuccessAt">When a tick last read a complete snapshot; null before the first.</param>
/// <param name="LastAttemptAt">When a tick last tried.</param>
/// <param name="LastError">The last attempt's failure, or <see cref="TickErrorKind.None"/> when it succeeded.</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last success.</param>
public sealed record TickHealth(
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastAttemptAt,
    TickErrorKind LastError,
    int ConsecutiveFailures)
{
    public static TickHealth Unknown { get; } = new(null, null, TickErrorKind.None, 0);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A transition of this state reads as one: status.RecordSuccess(...).")]
    public TickHealth RecordSuccess(DateTimeOffset now) => new(now, now, TickErrorKind.None, 0);

    public TickHealth RecordFailure(TickErrorKind kind, DateTimeOffset now) =>
        this with { LastAttemptAt = now, LastError = kind, ConsecutiveFailures = ConsecutiveFailures + 1 };
}
