namespace Bitget.Client;

/// <summary>Settings of <see cref="BitgetClient"/>; bound from the <c>Bitget</c> configuration section.</summary>
public sealed class BitgetClientOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Bitget";

    /// <summary>REST host: HTTPS, or plain HTTP to a loopback host only (the simulator in tests); anything else is refused.</summary>
    public Uri BaseAddress { get; set; } = new("https://api.bitget.com");

    /// <summary>Sends <c>paptrading: 1</c> (Bitget demo trading with a demo key); never sent for demo-coin product types (<c>S*-FUTURES</c>).</summary>
    public bool DemoTrading { get; set; }

    /// <summary>Language of Bitget's messages (<c>locale</c> header).</summary>
    public string Locale { get; set; } = "en-US";

    /// <summary>Time limit of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit of a read including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Retries of a read after 429, 5xx, a transient Bitget code, a timeout or a connection failure.</summary>
    public int MaxReadRetries { get; set; } = 3;

    /// <summary>First backoff delay; grows exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest backoff delay, and the cap on a server's Retry-After hint.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed calls in <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the sampling window before the circuit may open.</summary>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>Window over which failures are counted.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How many times an order whose reply was lost (timeout, dropped connection, 5xx) is looked up by clientOid
    /// before the client gives up with <see cref="Errors.OrderOutcomeUnknownException"/>. Such an order is never
    /// resent: "not found" may only mean the request is still in flight.
    /// </summary>
    public int OrderLookupAttempts { get; set; } = 3;

    /// <summary>Wait between two of those lookups.</summary>
    public TimeSpan OrderLookupInterval { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Queue requests so each endpoint stays within Bitget's per-second limit.</summary>
    public bool RateLimiting { get; set; } = true;

    /// <summary>Measure the clock offset from <c>GET /api/v2/public/time</c> before the first signed request.</summary>
    public bool SynchronizeClock { get; set; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        foreach (var (setting, problem) in Problems())
        {
            throw new ArgumentException($"{setting} {problem}", setting);
        }
    }

    /// <summary>Every setting out of range, with what is wrong; the ranges are those the resilience strategies accept.</summary>
    internal IEnumerable<(string Setting, string Problem)> Problems()
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri)
        {
            yield return (nameof(BaseAddress), "must be an absolute URI.");
        }
        else if (BaseAddress.Scheme != Uri.UriSchemeHttps && !(BaseAddress.Scheme == Uri.UriSchemeHttp && BaseAddress.IsLoopback))
        {
            // Signed requests carry the key and passphrase in headers: never over plain HTTP beyond this machine.
            yield return (nameof(BaseAddress), $"must be https (plain http only to a loopback host such as the simulator), not {BaseAddress.GetLeftPart(UriPartial.Authority)}.");
        }

        foreach (var problem in OutOfRange(AttemptTimeout, nameof(AttemptTimeout), TimeSpan.FromMilliseconds(10))
            .Concat(OutOfRange(TotalTimeout, nameof(TotalTimeout), TimeSpan.FromMilliseconds(10)))
            .Concat(OutOfRange(RetryBaseDelay, nameof(RetryBaseDelay), TimeSpan.FromTicks(1)))
            .Concat(OutOfRange(MaxRetryDelay, nameof(MaxRetryDelay), TimeSpan.FromTicks(1)))
            .Concat(OutOfRange(CircuitBreakDuration, nameof(CircuitBreakDuration), TimeSpan.FromMilliseconds(500)))
            .Concat(OutOfRange(CircuitSamplingDuration, nameof(CircuitSamplingDuration), TimeSpan.FromMilliseconds(500)))
            .Concat(OutOfRange(OrderLookupInterval, nameof(OrderLookupInterval), TimeSpan.FromTicks(1))))
        {
            yield return problem;
        }

        if (MaxReadRetries < 0)
        {
            yield return (nameof(MaxReadRetries), $"must not be negative (was {MaxReadRetries}).");
        }

        if (OrderLookupAttempts < 1)
        {
            yield return (nameof(OrderLookupAttempts), $"must be at least 1 (was {OrderLookupAttempts}).");
        }

        if (CircuitMinimumThroughput < 2)
        {
            yield return (nameof(CircuitMinimumThroughput), $"must be at least 2 (was {CircuitMinimumThroughput}).");
        }

        if (CircuitFailureRatio is <= 0 or > 1)
        {
            yield return (nameof(CircuitFailureRatio), $"must be in (0, 1] (was {CircuitFailureRatio}).");
        }
    }

    private static IEnumerable<(string, string)> OutOfRange(TimeSpan value, string name, TimeSpan minimum)
    {
        if (value < minimum || value > TimeSpan.FromDays(1))
        {
            yield return (name, $"must be between {minimum} and 1.00:00:00 (was {value}).");
        }
    }
}
