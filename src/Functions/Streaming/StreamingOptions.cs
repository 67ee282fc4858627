using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Streaming;

/// <summary>
/// The streaming watch (section <c>Streaming</c>), off by default. Its schedule is the app setting
/// <c>STREAMING_SCHEDULE</c> (six-field NCRONTAB, default every minute); each invocation streams for <see cref="Duration"/>,
/// just under the interval, so one watch ends before the next starts.
/// </summary>
public sealed class StreamingOptions
{
    public const string SectionName = "Streaming";

    /// <summary>The schedule setting read by the timer declaration; the host needs it set even while streaming is off.</summary>
    public const string ScheduleSetting = "STREAMING_SCHEDULE";

    public const string DefaultSchedule = "0 * * * * *";

    /// <summary>Off by default: the polling tick alone watches the account.</summary>
    public bool Enabled { get; set; }

    /// <summary>How long one invocation holds the streams open.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:00:59")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(55);

    /// <summary>Bitget's WebSocket host: <c>wss://wspap.bitget.com</c> for demo trading, the simulator's <c>ws://127.0.0.1:port</c> in tests.</summary>
    [Required]
    public Uri BaseAddress { get; set; } = new("wss://ws.bitget.com");

    /// <summary>How long to wait for the ticker subscriptions before declaring the stream down for this invocation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When the polling tick holds the lease, the pending update is evaluated again after this delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan LeaseRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);
}
