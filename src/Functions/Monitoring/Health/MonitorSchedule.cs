using Sentinel.Functions.Platform.Timers;

namespace Sentinel.Functions.Monitoring.Health;

/// <summary>The tick's schedule, resolved from <c>MONITOR_SCHEDULE</c> as the timer resolves it.</summary>
public sealed class MonitorSchedule(IConfiguration configuration)
{
    private readonly TimerSchedule _schedule = TimerSchedule.Resolve(MonitorTickFunction.Name, $"%{MonitorOptions.ScheduleSetting}%", configuration);

    /// <summary>The gap between the next two occurrences after <paramref name="now"/>.</summary>
    public TimeSpan IntervalAfter(DateTimeOffset now)
    {
        var next = _schedule.GetNextOccurrence(now);
        return _schedule.GetNextOccurrence(next) - next;
    }
}
