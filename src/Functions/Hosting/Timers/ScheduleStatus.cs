namespace Sentinel.Functions.Hosting.Timers;

/// <summary>The <c>ScheduleStatus</c> member of the host's timer info.</summary>
public sealed record ScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
