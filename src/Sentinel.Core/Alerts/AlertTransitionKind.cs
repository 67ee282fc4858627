namespace Sentinel.Core.Alerts;

/// <summary>What happened to a (rule, subject) pair that deserves a notification.</summary>
public enum AlertTransitionKind
{
    /// <summary>The condition held for the rule's <c>for</c> count and the alert fired.</summary>
    Firing,

    /// <summary>Still firing, unacknowledged, and the re-notify interval passed.</summary>
    Reminder,

    /// <summary>The condition cleared (past the clear level) after a firing notification.</summary>
    Resolved,

    /// <summary>A one-off event (a crossing, a position opened, closed or flipped).</summary>
    Event,
}
