using Bitget.Client.Http;
using Bitget.Client.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;

namespace Bitget.Client.Resilience;

/// <summary>
/// The strategies of the client's resilience pipeline, outermost first: total timeout → retry (jittered exponential
/// backoff, Retry-After honoured) → circuit breaker → rate limiter → attempt timeout. The same pipeline serves
/// <c>AddBitgetClient</c> (through <c>AddResilienceHandler</c>) and a client built without DI. The rate limiter sits
/// outside the attempt timeout: a request queued behind it is not on the wire, so its wait cannot time out an attempt
/// or make a write's reply look lost. Writes are repeated only after HTTP 429, which proves Bitget refused them.
/// </summary>
internal static class BitgetResilience
{
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddBitgetStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder,
        BitgetClientOptions options,
        EndpointRateLimiters? limiters,
        Random random,
        TimeProvider timeProvider,
        ILogger logger)
    {
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "bitget-total-timeout", Timeout = options.TotalTimeout })
            .AddRetry(RetryOptions(options, new Random(random.Next()), timeProvider, logger))
            .AddCircuitBreaker(BreakerOptions(options, logger));
        if (limiters is not null)
        {
            builder.AddRateLimiter(new RateLimiterStrategyOptions
            {
                Name = "bitget-rate-limiter",
                RateLimiter = args => limiters.For(EndpointOf(args.Context)).AcquireAsync(1, args.Context.CancellationToken),
            });
        }

        return builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "bitget-attempt-timeout", Timeout = options.AttemptTimeout });
    }

    // The library's Retry-After handling reads an HTTP-date hint against the system clock and does not cap it; ours
    // uses the injected clock and caps the hint at MaxRetryDelay.
    private static HttpRetryStrategyOptions RetryOptions(BitgetClientOptions options, Random jitter, TimeProvider timeProvider, ILogger logger)
    {
        var jitterGate = new Lock();
        return new HttpRetryStrategyOptions
        {
            Name = "bitget-retry",
            ShouldRetryAfterHeader = false,
            MaxRetryAttempts = Math.Max(1, options.MaxReadRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            Randomizer = () =>
            {
                lock (jitterGate)
                {
                    return jitter.NextDouble();
                }
            },
            ShouldHandle = args => options.MaxReadRetries == 0
                ? ValueTask.FromResult(false)
                : RetryClassifier.ShouldRetryAsync(RequestOf(args.Context).Method, args.Outcome.Result, args.Outcome.Exception),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
            OnRetry = args =>
            {
                var request = RequestOf(args.Context);
                if (args.Outcome.Result is { StatusCode: System.Net.HttpStatusCode.TooManyRequests })
                {
                    DispatchTrackingHandler.Refused(request);
                }

                var reason = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
                TransportLog.Retrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, reason);
                return ValueTask.CompletedTask;
            },
        };
    }

    private static HttpCircuitBreakerStrategyOptions BreakerOptions(BitgetClientOptions options, ILogger logger) => new()
    {
        Name = "bitget-circuit-breaker",
        FailureRatio = options.CircuitFailureRatio,
        MinimumThroughput = options.CircuitMinimumThroughput,
        SamplingDuration = options.CircuitSamplingDuration,
        BreakDuration = options.CircuitBreakDuration,
        ShouldHandle = args => ValueTask.FromResult(RetryClassifier.IsServerFailure(args.Outcome.Result, args.Outcome.Exception)),
        OnOpened = _ => Logged(logger, "opened"),
        OnClosed = _ => Logged(logger, "closed"),
    };

    private static HttpRequestMessage RequestOf(ResilienceContext context) =>
        context.GetRequestMessage() ?? throw new InvalidOperationException("The Bitget pipeline runs only inside its resilience handler.");

    private static BitgetEndpoint EndpointOf(ResilienceContext context) =>
        RequestOf(context).Options.TryGetValue(BitgetRequestOptions.Endpoint, out var endpoint)
            ? endpoint
            : throw new InvalidOperationException("Every request of the Bitget client names its endpoint.");

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan cap)
    {
        var hint = response?.Headers.RetryAfter;
        var delay = hint?.Delta ?? (hint?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, cap.Ticks)) : null;
    }

    private static ValueTask Logged(ILogger logger, string state)
    {
        TransportLog.CircuitChanged(logger, state);
        return ValueTask.CompletedTask;
    }
}
