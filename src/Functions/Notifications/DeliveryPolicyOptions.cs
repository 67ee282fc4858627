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

    /// <summary>
    /// The whole of one attempt (secret lookup and send), on the injected clock; a hung channel is abandoned after it
    /// and the attempt counts as a retryable timeout. Below the outbox claim, so no row is claimed twice while sent.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:30")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many rows one delivery run sends at once (across channels), so one slow channel does not hold the others.</summary>
    [Range(1, 64)]
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>The <c>delivery</c> health component is degraded when a notification has waited longer than this.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan PendingDegradedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The <c>delivery</c> health component is degraded while a dead letter younger than this exists.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DeadLetterDegradedFor { get; set; } = TimeSpan.FromHours(24);
}
