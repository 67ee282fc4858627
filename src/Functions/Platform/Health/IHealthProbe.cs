namespace Sentinel.Functions.Platform.Health;

/// <summary>
/// One component's health check for <c>GET /api/health</c> (state store, secrets, exchange, last tick…).
/// Register implementations as <c>services.AddSingleton&lt;IHealthProbe, MyProbe&gt;()</c>. A probe that
/// throws or exceeds <c>Hosting:HealthProbeTimeout</c> counts as unhealthy.
/// </summary>
public interface IHealthProbe
{
    /// <summary>Stable component name shown in the health report (e.g. "state").</summary>
    string Name { get; }

    Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default);
}
