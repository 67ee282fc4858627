using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Notifications;

/// <summary>Outbox retry settings (section <c>Delivery</c>).</summary>
public sealed class DeliveryPolicyOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Backoff before the second attempt; doubles per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts (including the first) before a retryable failure is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Age after which a still-failing entry is dead-lettered whatever its attempt count; a stale alert is noise.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);
}
