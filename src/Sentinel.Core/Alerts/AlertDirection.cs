namespace Sentinel.Core.Alerts;

/// <summary>Which way a value must go to breach. Only some rule types accept a direction.</summary>
public enum AlertDirection
{
    /// <summary>The type's natural direction.</summary>
    Default,
    Above,
    Below,
    Up,
    Down,
    Any,
}
