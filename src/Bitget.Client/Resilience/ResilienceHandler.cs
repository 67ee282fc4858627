using Bitget.Client.Http;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Bitget.Client.Resilience;

/// <summary>
/// Runs every attempt through a Polly pipeline: total timeout → retry (jittered exponential backoff, Retry-After
/// honoured) → circuit breaker → attempt timeout. Time and randomness are injected. Writes are never retried except
/// after HTTP 429; order reconciliation lives in the orders layer.
/// </summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("bitget.request");
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilienceHandler(BitgetClientOptions options, TimeProvider timeProvider, Random random, ILogger logger) =>
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(RetryOptions(options, timeProvider, random, logger))
            .AddCircuitBreaker(BreakerOptions(options, logger))
            .AddTimeout(options.AttemptTimeout)
            .Build();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        return Outcome.FromResult(await state.Self.SendInnerAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Self: this, Request: request)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions(BitgetClientOptions options, TimeProvider timeProvider, Random random, ILogger logger)
    {
        var randomGate = new Lock();
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(1, options.MaxReadRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            Randomizer = () =>
            {
                lock (randomGate)
                {
                    return random.NextDouble();
                }
            },
            ShouldHandle = args => options.MaxReadRetries == 0
                ? ValueTask.FromResult(false)
                : RetryClassifier.ShouldRetryAsync(RequestOf(args.Context).Method, args.Outcome.Result, args.Outcome.Exception),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.MaxRetryDelay)),
            OnRetry = args =>
            {
                var request = RequestOf(args.Context);
                var reason = args.Outcome.Exception?.GetType().Name ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
                TransportLog.Retrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, reason);
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        };
    }

    private static CircuitBreakerStrategyOptions<HttpResponseMessage> BreakerOptions(BitgetClientOptions options, ILogger logger) => new()
    {
        FailureRatio = options.CircuitFailureRatio,
        MinimumThroughput = options.CircuitMinimumThroughput,
        SamplingDuration = options.CircuitSamplingDuration,
        BreakDuration = options.CircuitBreakDuration,
        ShouldHandle = args => ValueTask.FromResult(RetryClassifier.IsServerFailure(args.Outcome.Result, args.Outcome.Exception)),
        OnOpened = _ => Logged(logger, "opened"),
        OnClosed = _ => Logged(logger, "closed"),
    };

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private static HttpRequestMessage RequestOf(ResilienceContext context) =>
        context.Properties.GetValue(RequestKey, null!);

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
