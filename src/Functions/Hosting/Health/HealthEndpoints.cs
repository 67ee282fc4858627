using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Hosting.Declarations;

namespace Sentinel.Functions.Hosting.Health;

/// <summary><c>GET /api/health</c> (anonymous): runs every registered <see cref="IHealthProbe"/> concurrently; 200 when all are healthy, else 503.</summary>
public static class HealthEndpoints
{
    public const string FunctionName = "Health";

    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet("/api/health", GetHealthAsync)
            .AsFunction(FunctionName, AuthLevel.Anonymous)
            .WithTags("Health");
    }

    private static async Task<JsonHttpResult<HealthReport>> GetHealthAsync(
        IEnumerable<IHealthProbe> probes,
        IOptions<HostingOptions> options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(HealthEndpoints));
        var components = await Task.WhenAll(probes.Select(probe => RunProbeAsync(probe, options.Value.HealthProbeTimeout, timeProvider, logger, cancellationToken)));
        var status = components.Length == 0 ? HealthStatus.Healthy : components.Max(c => c.Status);
        var code = status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return TypedResults.Json(new HealthReport(status, components), statusCode: code);
    }

    private static async Task<ComponentHealth> RunProbeAsync(
        IHealthProbe probe, TimeSpan timeout, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        HealthProbeResult result;
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            // The timeout's timer exists before the probe runs, so a probe that ignores its token is still cut off.
            result = await probe.CheckAsync(linked.Token).WaitAsync(linked.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var timedOut = timeoutSource.IsCancellationRequested;
            logger.LogWarning(exception, "Health probe {Probe} failed", probe.Name);
            result = HealthProbeResult.Unhealthy(timedOut
                ? $"No answer within {timeout.TotalSeconds:0.#} s."
                : $"The probe failed ({exception.GetType().Name}).");
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        return new ComponentHealth(probe.Name, result.Status, result.Detail, Math.Round(elapsed.TotalMilliseconds, 1));
    }
}
