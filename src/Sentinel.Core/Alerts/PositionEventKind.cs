namespace Sentinel.Core.Alerts;

/// <summary>A change of the position set between two snapshots.</summary>
internal enum PositionEventKind
{
    Opened,
    Closed,
    Flipped,
}
