namespace Sentinel.Core.Alerts;

/// <summary>A change of the position set between two snapshots.</summary>
public enum PositionEventKind
{
    Opened,
    Closed,
    Flipped,
}
