namespace Sentinel.Functions.Alerts;

/// <summary>A change of the position set between two snapshots.</summary>
public enum PositionEventKind
{
    Opened,
    Closed,
    Flipped,
}
