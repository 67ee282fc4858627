namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// The timer binding's value, in the shape the Functions host sends it
/// (<c>{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}</c>).
/// </summary>
public sealed record TimerInfo
{
    public TimerScheduleInfo Schedule { get; init; } = new();

    /// <summary>Last, next and last-updated occurrences; null when the host does not monitor the schedule.</summary>
    public ScheduleStatus? ScheduleStatus { get; init; }

    /// <summary>True when this invocation starts later than its scheduled time.</summary>
    public bool IsPastDue { get; init; }
}
