using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// The monitoring tick (section <c>Monitor</c>). Its schedule is the app setting <c>MONITOR_SCHEDULE</c>
/// (six-field NCRONTAB, default every 30 s), as the Functions host requires for <c>%…%</c> references.
/// </summary>
public sealed class MonitorOptions
{
    public const string SectionName = "Monitor";

    /// <summary>The schedule setting read by the timer declaration.</summary>
    public const string ScheduleSetting = "MONITOR_SCHEDULE";

    public const string DefaultSchedule = "*/30 * * * * *";

    /// <summary>How long a tick holds its lease; longer than any tick takes, short enough that a crashed instance's lease frees soon.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The last-tick health probe reports degraded when the last tick is older than this many schedule intervals.</summary>
    [Range(1, 100)]
    public int StaleAfterIntervals { get; set; } = 3;

    [Required]
    public PriceHistoryOptions PriceHistory { get; set; } = new();
}
