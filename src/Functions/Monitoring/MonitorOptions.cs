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

    /// <summary>
    /// The tick's lease, renewed every third of it while the tick works; default (unset) one schedule interval, so a
    /// crashed holder's lease has run out by the tick after next at the latest.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:30:00")]
    public TimeSpan? LeaseDuration { get; set; }

    /// <summary>The last-tick health probe reports degraded when the last tick is older than this many schedule intervals.</summary>
    [Range(1, 100)]
    public int StaleAfterIntervals { get; set; } = 3;

    [Required]
    public PriceHistoryOptions PriceHistory { get; set; } = new();
}
