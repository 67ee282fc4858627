namespace Sentinel.Core.Alerts;

/// <summary>Mutable in-memory form of <see cref="AlertState"/>: times as UTC ticks (0 = none) so updates never allocate.</summary>
internal struct AlertStateEntry
{
    public AlertStatus Status;
    public int Consecutive;
    public long PendingSince;
    public long FiredAt;
    public long LastNotified;
    public int Sequence;
    public long AcknowledgedAt;
    public string? AcknowledgedBy;
    public long ResolvedAt;
    public decimal LastValue;
    public bool HasValue;
    public long ChangedAt;
    public long Version;
    public int SeenGeneration;
    public bool Dirty;

    public readonly bool IsActive => Status is AlertStatus.Pending or AlertStatus.Firing;
}
