using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// How much price history each symbol keeps (section <c>Monitor:PriceHistory</c>): every tick's sample for
/// <see cref="FullResolution"/>, then one sample per <see cref="DownsampleInterval"/> back to <see cref="Window"/>,
/// which must cover the longest percentage-move window of any rule.
/// </summary>
public sealed class PriceHistoryOptions
{
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan FullResolution { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DownsampleInterval { get; set; } = TimeSpan.FromMinutes(5);
}
