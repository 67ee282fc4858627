using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Health;

/// <summary>Runs every registered <see cref="IHealthProbe"/> concurrently, each cut off after <see cref="HostingOptions.HealthProbeTimeout"/>.</summary>
public sealed class HealthReporter(IEnumerable<IHealthProbe> probes, IOptions<HostingOptions> options, TimeProvider timeProvider, ILogger<HealthReporter> logger)
{
    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.HealthProbeTimeout;
        var components = await Task.WhenAll(probes.Select(probe => RunProbeAsync(probe, timeout, cancellationToken))).ConfigureAwait(false);
        var status = components.Length == 0 ? HealthStatus.Healthy : components.Max(c => c.Status);
        return new HealthReport(status, components);
    }

    private async Task<ComponentHealth> RunProbeAsync(IHealthProbe probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        HealthProbeResult result;
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            // The timeout's timer exists before the probe runs, so a probe that ignores its token is still cut off.
            result = await probe.CheckAsync(linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
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
