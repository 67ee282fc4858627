using System.Text.Json;

namespace Sentinel.LocalHost.Timers;

/// <summary>
/// The TimerInfo JSON the Functions host binds to a timer trigger: the schedule status as recorded before this
/// run (Last = the previous run's occurrence, Next = this run's), and whether this run is past due.
/// </summary>
internal static class TimerInfoPayload
{
    public static string Create(DateTimeOffset? last, DateTimeOffset next, DateTimeOffset? lastUpdated, bool isPastDue) =>
        JsonSerializer.Serialize(new
        {
            Schedule = new { AdjustForDST = true },
            ScheduleStatus = new
            {
                Last = last?.UtcDateTime ?? DateTime.MinValue,
                Next = next.UtcDateTime,
                LastUpdated = lastUpdated?.UtcDateTime ?? DateTime.MinValue,
            },
            IsPastDue = isPastDue,
        });
}
