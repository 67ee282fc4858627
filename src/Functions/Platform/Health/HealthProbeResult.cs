namespace Sentinel.Functions.Platform.Health;

/// <summary>What one probe found. <see cref="Detail"/> is shown to callers: never put secrets in it.</summary>
public sealed record HealthProbeResult(HealthStatus Status, string? Detail = null)
{
    public static HealthProbeResult Healthy(string? detail = null) => new(HealthStatus.Healthy, detail);

    public static HealthProbeResult Degraded(string detail) => new(HealthStatus.Degraded, detail);

    public static HealthProbeResult Unhealthy(string detail) => new(HealthStatus.Unhealthy, detail);
}
