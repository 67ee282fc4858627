using Sentinel.Functions.Platform.Health;
using Checks = Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sentinel.Functions.Monitoring.Health;

internal static class HealthProbeResults
{
    public static HealthProbeResult From(Checks.HealthCheckResult result) => new(
        result.Status switch
        {
            Checks.HealthStatus.Healthy => HealthStatus.Healthy,
            Checks.HealthStatus.Degraded => HealthStatus.Degraded,
            _ => HealthStatus.Unhealthy,
        },
        result.Description);
}
