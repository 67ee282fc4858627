namespace Sentinel.Core.Alerts;

/// <summary>How urgent an alert is; drives the card colour.</summary>
public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
