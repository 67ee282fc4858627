namespace Sentinel.Core.Alerts;

/// <summary>Where one (rule, subject) pair is in its lifecycle.</summary>
public enum AlertStatus
{
    Ok,
    Pending,
    Firing,
    Resolved,
}
