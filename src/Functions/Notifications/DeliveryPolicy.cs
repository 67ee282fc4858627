namespace Sentinel.Functions.Notifications;

/// <summary>
/// Pure retry decisions for the outbox: exponential backoff with "equal jitter" (half fixed, half random, so
/// retries spread out but never come sooner than half the nominal delay), and when to give up.
/// </summary>
public sealed class DeliveryPolicy
{
    private readonly DeliveryPolicyOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public DeliveryPolicy(DeliveryPolicyOptions options, Random random)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        _options = options;
        _random = random;
    }

    /// <summary>Delay after the given number of failed attempts (1 = after the first failure).</summary>
    public TimeSpan Backoff(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var exponent = Math.Min(failedAttempts - 1, 30);
        var nominalTicks = Math.Min(_options.InitialBackoff.Ticks * (double)(1L << exponent), _options.MaxBackoff.Ticks);
        double sample;
        lock (_gate)
        {
            sample = _random.NextDouble();
        }

        return TimeSpan.FromTicks((long)(nominalTicks / 2 + sample * nominalTicks / 2));
    }

    /// <summary>The entry after one attempt with <paramref name="result"/> at <paramref name="now"/>.</summary>
    public OutboxEntry Apply(OutboxEntry entry, DeliveryResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(result);
        var attempts = entry.Attempts + 1;
        var tried = entry with
        {
            Attempts = attempts,
            LastAttemptAt = now,
            LastStatusCode = result.StatusCode,
            LastError = result.Outcome == DeliveryOutcome.Delivered ? null : result.Reason,
            Version = entry.Version + 1,
        };
        return result.Outcome switch
        {
            DeliveryOutcome.Delivered => tried with { Status = OutboxStatus.Delivered, DeliveredAt = now },
            DeliveryOutcome.PermanentFailure => tried with { Status = OutboxStatus.DeadLettered },
            _ when attempts >= _options.MaxAttempts || now - entry.CreatedAt >= _options.MaxAge => tried with { Status = OutboxStatus.DeadLettered },
            _ => tried with { NextAttemptAt = now + Backoff(attempts) },
        };
    }
}
